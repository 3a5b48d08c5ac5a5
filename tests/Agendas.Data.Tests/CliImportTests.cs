using Agendas.Cli;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Agendas.Data.Tests;

public sealed class CliImportTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Import_prints_one_line_per_file_and_the_summary_last()
    {
        var run = await CliRun.RunAsync("import", Seeds.Directory, "--db", _store.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(6, run.Lines.Count);
        Assert.Equal($"imported: {Seeds.Path("000")} → 2020-12-01-buitenlandse-zaken-agenda", run.Lines[0]);
        Assert.Equal("5 imported, 0 updated, 0 unchanged, 0 failed", run.Lines[^1]);
    }

    [Fact]
    public async Task A_second_import_prints_every_file_unchanged()
    {
        await CliRun.RunAsync("import", Seeds.Directory, "--db", _store.DatabasePath);

        var run = await CliRun.RunAsync("import", Seeds.Directory, "--db", _store.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Lines.SkipLast(1), line => Assert.StartsWith("unchanged: ", line, StringComparison.Ordinal));
        Assert.Equal("0 imported, 0 updated, 5 unchanged, 0 failed", run.Lines[^1]);
    }

    [Fact]
    public async Task A_folder_with_bad_files_exits_1_names_each_bad_file_and_stores_one_letter()
    {
        string folder = Path.Combine(_store.Folder, "brieven");
        _store.WriteFile("brieven/leeg.txt", []);
        _store.WriteFile("brieven/binair.txt", BadFiles.Make("nul-bytes").Bytes);
        _store.WriteFile("brieven/eu-raad.txt", BadFiles.Make("eu-letter").Bytes);
        _store.WriteFile("brieven/sub/navo.txt", File.ReadAllBytes(Seeds.Path("004")));

        var run = await CliRun.RunAsync("import", folder, "--db", _store.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("1 imported, 0 updated, 0 unchanged, 3 failed", run.Lines[^1]);
        Assert.Contains(run.Lines, l => l.StartsWith("failed: ", StringComparison.Ordinal) && l.Contains("leeg.txt: het bestand is leeg", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("failed: ", StringComparison.Ordinal) && l.Contains("binair.txt", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("failed: ", StringComparison.Ordinal) && l.Contains("eu-raad.txt", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("imported: ", StringComparison.Ordinal) && l.Contains("navo.txt", StringComparison.Ordinal));
        Assert.Equal(1, await _store.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task A_database_that_does_not_exist_is_created_and_migrated_first()
    {
        string database = Path.Combine(_store.Folder, "nieuw", "map", "agendas.db");

        var run = await CliRun.RunAsync("import", Seeds.Path("004"), "--db", database);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(database));
    }

    [Fact]
    public async Task A_file_that_does_not_exist_fails_by_name()
    {
        string missing = Path.Combine(_store.Folder, "weg.txt");

        var run = await CliRun.RunAsync("import", Seeds.Path("004"), missing, "--db", _store.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"failed: {missing}: het bestand bestaat niet", run.Lines);
    }

    [Fact]
    public async Task Control_characters_in_a_file_name_are_escaped_not_echoed()
    {
        string name = "kwaad\u001b[2J\u202Etxt.txt";
        _store.WriteFile(name, []);

        var run = await CliRun.RunAsync("import", Path.Combine(_store.Folder, name), "--db", _store.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\u202E', run.Stdout);
        Assert.Contains("kwaad\\u001B[2J\\u202Etxt.txt", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_connection_string_comes_from_configuration_when_no_db_is_given()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Agendas"] = $"Data Source={_store.DatabasePath}" })
            .Build();

        int exit = await CliApp.RunAsync(["import", Seeds.Path("004")], stdout, stderr, new CliOptions { Configuration = configuration });
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, exit);
        Assert.Equal(1, await _store.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task The_db_option_also_takes_the_equals_form()
    {
        var run = await CliRun.RunAsync("import", Seeds.Path("004"), $"--db={_store.DatabasePath}");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_store.DatabasePath));
    }
}
