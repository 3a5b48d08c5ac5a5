using System.Security.Cryptography;
using Agendas.Core.Parsing;
using Agendas.Core.Text;
using Agendas.Data.Tests.Infrastructure;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Agendas.Data.Tests.Crash;

/// <summary>
/// Issue 7, "crash-safe import": the built CLI imports generated letters in a child process that is killed with
/// SIGKILL at several moments; after each kill the file is sound and every letter is whole or absent, and the same
/// import run again stores every letter.
/// </summary>
public sealed class KillDuringImportTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int LetterCount = 150;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly TempStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    [Trait("Category", "Crash")]
    public async Task A_killed_import_leaves_every_letter_whole_or_absent_and_a_rerun_stores_them_all()
    {
        var clock = Stopwatch.StartNew();
        string letters = Path.Combine(_store.Folder, "brieven");
        var generated = await CliRun.RunAsync("generate", "--count", LetterCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", letters, "--seed", "7", "--seeds", Seeds.Directory);
        Assert.Equal(0, generated.ExitCode);
        var expected = ExpectedShapes(letters);
        Assert.Equal(LetterCount, expected.Count);

        // Moments: as soon as SQLite created the file (the schema being written); while the first letter is written; and in the
        // middle of the run, a few letters after the previous kill (each run resumes, skipping what is stored).
        output.WriteLine($"{LetterCount} letters generated and parsed: {clock.Elapsed.TotalSeconds:F1} s");
        await KillOnceTheFileExistsAsync(letters);
        await AssertWholeOrAbsentAsync(expected);
        foreach (int lines in new[] { 1, 20, 45 })
        {
            await KillAfterAsync(letters, TimeSpan.Zero, lines);
            var whole = await AssertWholeOrAbsentAsync(expected);
            Assert.NotEmpty(whole);
        }

        using var rerun = CliProcess.Start("import", letters, "--db", _store.DatabasePath);
        int exit = await rerun.WaitForExitAsync(Patience);
        SqliteConnection.ClearAllPools();

        Assert.True(exit == 0, string.Join('\n', rerun.Output));
        Assert.EndsWith(" 0 failed", rerun.Output[^1], StringComparison.Ordinal);
        var stored = await AssertWholeOrAbsentAsync(expected);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        output.WriteLine($"re-run: {rerun.Output[^1]}; {clock.Elapsed.TotalSeconds:F1} s in all");
    }

    /// <summary>Starts an import on a new database and kills it as soon as the file appears: while the migrations run.</summary>
    private async Task KillOnceTheFileExistsAsync(string letters)
    {
        using var cli = CliProcess.Start("import", letters, "--db", _store.DatabasePath);
        var deadline = DateTime.UtcNow + Patience;
        while (!File.Exists(_store.DatabasePath) && !cli.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1);
        }
        Assert.False(cli.HasExited, "the import ended before it was killed");
        await cli.KillAsync();
        output.WriteLine("killed as soon as the database file existed");
    }

    /// <summary>Starts an import, kills it once it printed <paramref name="importedLines"/> imported letters and then waited <paramref name="delay"/>.</summary>
    private async Task KillAfterAsync(string letters, TimeSpan delay, int importedLines)
    {
        using var cli = CliProcess.Start("import", letters, "--db", _store.DatabasePath);
        bool reached = await cli.WaitForLinesAsync("imported: ", importedLines, Patience);
        Assert.True(reached, $"the import ended before {importedLines} letters were imported:\n{string.Join('\n', cli.Output)}");
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }
        Assert.False(cli.HasExited, "the import ended before it was killed");
        await cli.KillAsync();
        output.WriteLine($"killed after {importedLines} imported letters (+{delay.TotalMilliseconds} ms)");
    }

    /// <summary>The file is sound, and every stored letter has exactly the shape its parse gives; returns the stored hashes.</summary>
    private async Task<IReadOnlyCollection<string>> AssertWholeOrAbsentAsync(Dictionary<string, string> expected)
    {
        if (!File.Exists(_store.DatabasePath))
        {
            // Killed before SQLite created the file: nothing stored, nothing broken.
            output.WriteLine("  no database file yet");
            return [];
        }
        int migrations = await _store.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Count()));
        int applied = await StoreAudit.AssertSoundAsync(_store.DatabasePath, migrations);
        if (applied < migrations)
        {
            output.WriteLine($"  sound; schema written up to migration {applied} of {migrations}, no letters");
            return [];
        }
        var stored = await _store.QueryAsync(LetterShapes.FromStoreAsync);
        foreach (var (hash, shape) in stored)
        {
            Assert.True(expected.TryGetValue(hash, out string? wanted), $"a letter that is not one of the generated files: {hash}");
            Assert.Equal(wanted, shape);
        }
        output.WriteLine($"  sound; {stored.Count} letters stored, each whole");
        return stored.Keys;
    }

    /// <summary>What the parser makes of each generated file, as one run would parse them all, by the hash of the file.</summary>
    private static Dictionary<string, string> ExpectedShapes(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var sources = files.Select((f, i) => new SourceText(f, LetterDecoder.Decode(bytes[i]).Text!)).ToList();
        var results = new LetterParser(TempStore.Vocabulary).ParseAll(sources);
        var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            Assert.True(results[i].Ok, $"{files[i]}: {results[i].Error}");
            shapes.Add(Convert.ToHexStringLower(SHA256.HashData(bytes[i])), LetterShapes.FromParse(results[i].Letter!));
        }
        return shapes;
    }
}
