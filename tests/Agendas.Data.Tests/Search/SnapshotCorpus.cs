using Agendas.Data.Search.Memory;
using Agendas.Data.Tests.Generation;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Agendas.Data.Tests.Search;

/// <summary>
/// The seeds and 150 generated letters imported by the real importer, then six of them corrected and imported
/// again (so the full-text table has deleted rows and several segments, as a store that has lived a while has),
/// with the in-memory snapshot of the result. Shared by a class's tests.
/// </summary>
public sealed class SnapshotCorpus : IAsyncLifetime
{
    private readonly TempStore _store = new();

    internal TempStore Store => _store;

    internal SearchSnapshot Snapshot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        var letters = GeneratedCorpus.Generator.Generate(150, seed: 23).ToList();
        string folder = Path.Combine(_store.Folder, "letters");
        Directory.CreateDirectory(folder);
        foreach (var letter in letters)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, letter.Plan.FileName), letter.Text);
        }
        await _store.ImportAsync(Seeds.Directory, folder);
        foreach (var letter in letters.Where((_, i) => i % 25 == 3))
        {
            // A word more near the end of each: the letter is updated, its old entries deleted and new ones written.
            int at = letter.Text.LastIndexOf(" de ", StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(folder, letter.Plan.FileName), letter.Text.Insert(at + 4, "herziene "));
        }
        var summary = await _store.ImportAsync(folder);
        Assert.Equal("0 imported, 6 updated, 144 unchanged, 0 failed", summary.SummaryLine);
        Snapshot = await LoadAsync();
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    internal async Task<SearchSnapshot> LoadAsync()
    {
        await using var connection = new SqliteConnection(_store.ConnectionString);
        await connection.OpenAsync();
        return await SearchSnapshot.LoadAsync(connection, CancellationToken.None);
    }
}
