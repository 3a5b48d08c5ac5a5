using System.IO.Compression;
using System.Text.Json.Nodes;
using Agendas.Data.Export;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests;

/// <summary><c>export &lt;folder&gt;</c>: the files of the download, written into a folder, over the seeds imported by the CLI.</summary>
public sealed class CliExportTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    private string Output => Path.Combine(_store.Folder, "export");

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        var import = await CliRun.RunAsync("import", Seeds.Directory, "--db", _store.DatabasePath);
        Assert.Equal(0, import.ExitCode);
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Export_writes_the_readme_the_vocabulary_and_each_letters_text_and_json()
    {
        var run = await CliRun.RunAsync("export", Output, "--db", _store.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"5 brieven geëxporteerd naar {Output} (12 bestanden)", run.Stdout.TrimEnd());
        Assert.Equal("", run.Stderr);
        Assert.Equal(await File.ReadAllBytesAsync(Seeds.TopicsFile), await File.ReadAllBytesAsync(Path.Combine(Output, "topics.json")));
        Assert.Contains("5 brieven", await File.ReadAllTextAsync(Path.Combine(Output, "README.txt")), StringComparison.Ordinal);
        var letters = Directory.GetFiles(Path.Combine(Output, "brieven")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(10, letters.Count);
        Assert.Contains("2022-11-29-buitenlandse-zaken-agenda.txt", letters);
        Assert.Contains("2022-11-29-buitenlandse-zaken-agenda.json", letters);
    }

    [Fact]
    public async Task Each_letters_json_is_what_parse_prints_for_its_seed()
    {
        var export = await CliRun.RunAsync("export", Output, "--db", _store.DatabasePath);
        var parse = await CliRun.RunAsync(["parse", .. Seeds.All]);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, parse.ExitCode);
        var printed = JsonNode.Parse(parse.Stdout)!.AsArray();
        Assert.Equal(5, printed.Count);
        foreach (var expected in printed)
        {
            // parse names the file as given on its command line; the export by the name it was imported under.
            expected!["file"] = Path.GetFileName(expected["file"]!.GetValue<string>());
            string slug = $"{expected["meeting"]!["slug"]!.GetValue<string>()}-{(expected["document"]!["kind"]!.GetValue<string>() == "agenda" ? "agenda" : "verslag")}";
            var exported = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Output, "brieven", slug + ".json")));
            Assert.True(JsonNode.DeepEquals(expected, exported), $"{slug}.json differs from what parse prints for {expected["file"]}");
        }
    }

    [Fact]
    public async Task Export_writes_the_same_files_as_the_zip_of_the_download()
    {
        var run = await CliRun.RunAsync("export", Output, "--db", _store.DatabasePath);
        Assert.Equal(0, run.ExitCode);

        using var zip = new MemoryStream();
        await using (var db = _store.Open())
        {
            var files = DataExport.FilesAsync(db, TempStore.Vocabulary, await File.ReadAllBytesAsync(Seeds.TopicsFile), default);
            await ExportZip.WriteAsync(files, zip, default);
        }
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var written = Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), written);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            Assert.Equal(bytes.ToArray(), await File.ReadAllBytesAsync(Path.Combine(Output, entry.FullName)));
        }
    }

    [Fact]
    public async Task A_folder_that_is_a_file_is_refused_with_exit_1_and_a_clear_message()
    {
        string file = _store.WriteFile("bestaat.zip", "geen map");

        var run = await CliRun.RunAsync("export", file, "--db", _store.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"agendas: in de map {file} kan niet worden geschreven: dit is een bestand, geen map", run.Stderr.TrimEnd());
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task A_folder_inside_a_file_cannot_be_made_and_exits_1()
    {
        string file = _store.WriteFile("bestaat.txt", "geen map");

        var run = await CliRun.RunAsync("export", Path.Combine(file, "export"), "--db", _store.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"agendas: in de map {Path.Combine(file, "export")} kan niet worden geschreven: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_does_not_exist_is_named_and_not_created()
    {
        string missing = Path.Combine(_store.Folder, "ontbreekt.db");

        var run = await CliRun.RunAsync("export", Output, "--db", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"agendas: de database {missing} bestaat niet", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export a b")]
    [InlineData("export a --verbose")]
    public async Task Export_takes_exactly_one_folder_else_exits_2_with_the_usage(string commandLine)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("agendas export <map>", run.Stderr, StringComparison.Ordinal);
    }
}
