using System.Text.Json;
using Agendas.Cli;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Agendas.Data.Tests;

/// <summary><c>Agendas:LogFormat=json</c>: the import's log lines (<c>--verbose</c>) are one JSON object each, on standard error.</summary>
public sealed class CliJsonLogTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Verbose_import_logs_one_JSON_line_per_file_with_its_outcome()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Agendas:LogFormat"] = "json" })
            .Build();

        int exit = await CliApp.RunAsync(
            ["import", Seeds.Directory, "--db", _store.DatabasePath, "--verbose"], stdout, stderr,
            new CliOptions { Configuration = configuration });
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, exit);
        var events = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var files = events.Where(e => e.TryGetProperty("Outcome", out _)).ToList();
        Assert.Equal(Seeds.All.Count, files.Count);
        Assert.All(files, e => Assert.Equal("imported", e.GetProperty("Outcome").GetString()));
        Assert.Equal(
            Seeds.All.Select(Path.GetFileName).Order(StringComparer.Ordinal),
            files.Select(e => Path.GetFileName(e.GetProperty("File").GetString())).Order(StringComparer.Ordinal));
    }
}
