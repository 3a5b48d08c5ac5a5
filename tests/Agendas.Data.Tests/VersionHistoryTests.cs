using System.Text;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

/// <summary>Issue 7, "nothing lost on update": a changed letter replaces its current version, its earlier texts stay.</summary>
public sealed class VersionHistoryTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task An_update_keeps_the_replaced_text_with_its_hash_and_import_time()
    {
        await _store.ImportAsync(Seeds.Path("002"));
        var first = await CurrentAsync();

        await _store.ImportAsync(WriteEdited("002-gecorrigeerd.txt", "\nZuidflank van het bondgenootschap\n"));

        var current = await CurrentAsync();
        Assert.NotEqual(first.ContentHash, current.ContentHash);
        var kept = Assert.Single(await VersionsAsync());
        Assert.Equal(1, kept.Number);
        Assert.Equal(first.ContentHash, kept.ContentHash);
        Assert.Equal(first.SourceText, kept.SourceText);
        Assert.Equal(first.ImportedAt, kept.ImportedAt);
        Assert.Equal(Path.GetFileName(Seeds.Path("002")), kept.SourceFileName);
        Assert.Equal(current.ImportedAt, kept.ReplacedAt);
    }

    [Fact]
    public async Task Each_update_adds_one_version_and_an_unchanged_file_none()
    {
        await _store.ImportAsync(Seeds.Path("002"));
        await _store.ImportAsync(WriteEdited("002-a.txt", "\nZuidflank van het bondgenootschap\n"));
        await _store.ImportAsync(WriteEdited("002-a.txt", "\nZuidflank van het bondgenootschap\n"));
        // Back to the text it first had: that is a change too, and the text it replaces is kept.
        await _store.ImportAsync(Seeds.Path("002"));

        var versions = await VersionsAsync();

        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(versions[0].ContentHash, (await CurrentAsync()).ContentHash);
        Assert.NotEqual(versions[0].ContentHash, versions[1].ContentHash);
    }

    [Fact]
    public async Task Versions_are_removed_with_their_letter_only()
    {
        await _store.ImportAsync(Seeds.Path("002"));
        await _store.ImportAsync(WriteEdited("002-a.txt", "\nZuidflank van het bondgenootschap\n"));

        var ex = await Assert.ThrowsAsync<SqliteException>(() => _store.ExecuteAsync("""UPDATE "DocumentVersions" SET "DocumentId" = 4242"""));

        Assert.Contains("FOREIGN KEY", ex.Message, StringComparison.Ordinal);
        await _store.ExecuteAsync("""DELETE FROM "Documents" """);
        Assert.Empty(await VersionsAsync());
    }

    private string WriteEdited(string name, string newHeading)
    {
        string text = Seeds.Text("002");
        const string heading = "\nZuidflank\n";
        Assert.Contains(heading, text, StringComparison.Ordinal);
        return _store.WriteFile(name, Encoding.UTF8.GetBytes(text.Replace(heading, newHeading, StringComparison.Ordinal)));
    }

    private Task<Entities.Document> CurrentAsync() => _store.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync());

    private Task<List<Entities.DocumentVersion>> VersionsAsync() =>
        _store.QueryAsync(db => db.DocumentVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync());
}
