using System.Text;
using Agendas.Core.Model;
using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests.Hostile;

/// <summary>
/// A folder of hostile entries beside the seeds: each entry gets a clear outcome that names it, the seeds are
/// imported, and the store ends as it would have with the seeds alone (docs/architecture.md, "Hostile files").
/// </summary>
public sealed class HostileFolderTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private readonly TempStore _reference = new();

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _reference.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _reference.DisposeAsync();
    }

    private string Letters => Path.Combine(_store.Folder, "brieven");

    private string Outside => Path.Combine(_store.Folder, "elders");

    [Fact]
    public async Task Every_hostile_entry_fails_by_name_and_the_seeds_are_imported_into_an_intact_store()
    {
        CopySeeds();
        // A letter outside the folder: imported it would add a sixth meeting, so its absence shows the link was not followed.
        string secret = Write(Path.Combine(Outside, "geheim.txt"), Seeds.Text("004").Replace("31 maart", "30 maart", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(Letters, "naar-buiten.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(Letters, "naar-buiten-relatief.txt"), Path.Combine("..", "elders", "geheim.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Letters, "kring"), Letters);
        Directory.CreateSymbolicLink(Path.Combine(Letters, "sub", "terug"), Path.Combine(".."));
        Directory.CreateSymbolicLink(Path.Combine(Letters, "andere-map"), Outside);
        File.CreateSymbolicLink(Path.Combine(Letters, "weg.txt"), Path.Combine(Letters, "bestaat-niet.txt"));
        File.CreateSymbolicLink(Path.Combine(Letters, "lus-a.txt"), Path.Combine(Letters, "lus-b.txt"));
        File.CreateSymbolicLink(Path.Combine(Letters, "lus-b.txt"), Path.Combine(Letters, "lus-a.txt"));
        WriteBytes(Path.Combine(Letters, "te-groot.txt"), new byte[LetterDecoderMaxBytes + 1].Select(_ => (byte)'a').ToArray());

        var summary = await _store.ImportAsync(Letters);

        var byName = summary.Outcomes.ToDictionary(o => Path.GetRelativePath(Letters, o.File), StringComparer.Ordinal);
        Assert.Equal(5, summary.Outcomes.Count(o => o.Status == ImportStatus.Imported));
        AssertFailed(byName, "naar-buiten.txt", "buiten de map");
        AssertFailed(byName, "naar-buiten-relatief.txt", "buiten de map");
        AssertFailed(byName, "kring", "naar een map");
        AssertFailed(byName, Path.Combine("sub", "terug"), "naar een map");
        AssertFailed(byName, "andere-map", "naar een map");
        AssertFailed(byName, "weg.txt", "niet bestaat");
        AssertFailed(byName, "lus-a.txt", "kring");
        AssertFailed(byName, "lus-b.txt", "kring");
        AssertFailed(byName, "te-groot.txt", "groter dan 5 MB", ErrorCodes.TooLarge);
        Assert.Equal(5 + 9, summary.Outcomes.Count);

        await _reference.ImportAsync(Seeds.Directory);
        Assert.Equal(await _reference.CountRowsAsync(), await _store.CountRowsAsync());
        await StoreHealth.AssertIntactAsync(_store);
    }

    [Fact]
    public async Task A_link_to_a_letter_in_its_own_folder_is_read()
    {
        CopySeeds();
        File.Delete(Path.Combine(Letters, Path.GetFileName(Seeds.Path("002"))));
        Directory.CreateDirectory(Path.Combine(Letters, "archief"));
        string kept = Write(Path.Combine(Letters, "archief", "verslag.dat"), Seeds.Text("002"));
        File.CreateSymbolicLink(Path.Combine(Letters, "verslag.txt"), kept);

        var summary = await _store.ImportAsync(Letters);

        Assert.Equal("5 imported, 0 updated, 0 unchanged, 0 failed", summary.SummaryLine);
    }

    [Fact]
    public async Task A_file_name_with_a_newline_and_escape_codes_is_printed_escaped_by_the_cli()
    {
        CopySeeds();
        string name = "brief\n\u001b[2J\u001b]0;titel\u0007\u202enapsel.txt";
        Write(Path.Combine(Letters, name), "Dit is geen brief over een bijeenkomst.\n");

        var run = await CliRun.RunAsync("import", Letters, "--db", _store.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\u0007', run.Stdout);
        Assert.DoesNotContain('\u202e', run.Stdout);
        // Six files, one line each, and the summary: the newline in the name did not split a line.
        Assert.Equal(7, run.Lines.Count);
        string line = Assert.Single(run.Lines, l => l.StartsWith("failed:", StringComparison.Ordinal));
        Assert.Contains(@"brief\u000A\u001B[2J\u001B]0;titel\u0007\u202Enapsel.txt", line, StringComparison.Ordinal);
        Assert.Contains("geen brief over een NAVO-bijeenkomst", line, StringComparison.Ordinal);
        Assert.Equal("5 imported, 0 updated, 0 unchanged, 1 failed", run.Lines[^1]);
    }

    [Fact]
    public async Task Thousands_of_tiny_files_each_fail_by_name_and_cost_the_letters_nothing()
    {
        CopySeeds();
        const int tiny = 3000;
        for (int i = 0; i < tiny; i++)
        {
            // Spread over folders as an export would; each file a few bytes, some of them only blank.
            Write(Path.Combine(Letters, $"map-{i % 30:00}", $"klein-{i:0000}.txt"), i % 3 == 0 ? "\n" : $"NAVO {i}\n");
        }

        var summary = await _store.ImportAsync(Letters);

        Assert.Equal($"5 imported, 0 updated, 0 unchanged, {tiny} failed", summary.SummaryLine);
        Assert.All(summary.Outcomes.Where(o => o.Status == ImportStatus.Failed), o =>
        {
            Assert.Contains("klein-", o.Message, StringComparison.Ordinal);
            Assert.Contains(o.Code, new[] { ErrorCodes.Empty, ErrorCodes.NotALetter });
        });
        await _reference.ImportAsync(Seeds.Directory);
        Assert.Equal(await _reference.CountRowsAsync(), await _store.CountRowsAsync());
        await StoreHealth.AssertIntactAsync(_store);
    }

    private const int LetterDecoderMaxBytes = Core.Text.LetterDecoder.MaxBytes;

    private static void AssertFailed(Dictionary<string, ImportOutcome> byName, string name, string reason, string code = ErrorCodes.Unreadable)
    {
        Assert.True(byName.TryGetValue(name, out var outcome), $"no outcome for {name}; got {string.Join(", ", byName.Keys)}");
        Assert.True(outcome.Status == ImportStatus.Failed && outcome.Code == code && (outcome.Reason ?? "").Contains(reason, StringComparison.Ordinal),
            $"{name}: expected failed ({code}) with '{reason}', got {outcome} ({outcome.Code})");
        Assert.Contains(name, outcome.Message, StringComparison.Ordinal);
    }

    private void CopySeeds()
    {
        Directory.CreateDirectory(Path.Combine(Letters, "sub"));
        foreach (string seed in Seeds.All)
        {
            File.Copy(seed, Path.Combine(Letters, Path.GetFileName(seed)));
        }
    }

    private static string Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    private static string WriteBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
