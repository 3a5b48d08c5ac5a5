using Agendas.Data.Search;
using Agendas.Data.Search.Memory;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Search;

/// <summary>
/// A search uses the in-memory snapshot only when it is of the data version the search reads; after an import or a
/// reindex the older snapshot is passed over (FTS5 answers) until the new one is loaded.
/// </summary>
public sealed class SnapshotLifecycleTests : IAsyncLifetime, IDisposable
{
    private const string Report = "2021-03-23-buitenlandse-zaken-verslag";

    private readonly TempStore _store = new();
    private readonly SearchSnapshots _snapshots;

    public SnapshotLifecycleTests() => _snapshots = new SearchSnapshots(_store.ConnectionString);

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _store.ImportAsync(Seeds.Directory);
    }

    public void Dispose() => _snapshots.Dispose();

    public Task DisposeAsync()
    {
        _snapshots.Dispose();
        return _store.DisposeAsync();
    }


    [Fact]
    public async Task A_search_right_after_an_import_sees_the_new_text_though_the_snapshot_is_older()
    {
        await LoadSnapshotAsync();
        long before = await VersionAsync();
        Assert.Equal(before, _snapshots.Version);
        Assert.Contains((await SearchAsync("Krim")).Hits, h => h.DocumentSlug == Report);

        string corrected = _store.WriteFile("002-gecorrigeerd.txt", Seeds.Text("002").Replace("de Krim", "het schiereiland Krym", StringComparison.Ordinal));
        await _store.ImportAsync(corrected);

        Assert.True(await VersionAsync() > before);
        Assert.Equal(Report, Assert.Single((await SearchAsync("Krym")).Hits).DocumentSlug);
        Assert.DoesNotContain((await SearchAsync("Krim")).Hits, h => h.DocumentSlug == Report);

        // The search asked for the new version's snapshot; once loaded it answers the same.
        await _snapshots.WhenLoadedAsync();
        Assert.Equal(await VersionAsync(), _snapshots.Version);
        Assert.Equal(Report, Assert.Single((await SearchAsync("Krym")).Hits).DocumentSlug);
        Assert.DoesNotContain((await SearchAsync("Krim")).Hits, h => h.DocumentSlug == Report);
    }

    [Fact]
    public async Task The_snapshot_and_FTS5_give_the_same_page_for_the_same_version()
    {
        await LoadSnapshotAsync();
        foreach (string text in new[] { "oekraine", "\"druk en dialoog\"", "China", "dreiging", "cyber*" })
        {
            var fromMemory = await SearchAsync(text);
            await using var db = _store.Open();
            var fromFts5 = await SearchIndexes.For(db).SearchAsync(SearchQuery.Parse(text), new SearchFilters(), new SearchPage(PageSize: 100));
            Assert.True(fromMemory.Total > 0, text);
            Assert.Equal(fromFts5.Total, fromMemory.Total);
            Assert.Equal(fromFts5.Hits.Select(h => h.Url), fromMemory.Hits.Select(h => h.Url));
        }
    }

    [Fact]
    public async Task Reindex_moves_the_data_version_on_because_every_entry_gets_a_new_rowid()
    {
        await LoadSnapshotAsync();
        long before = await VersionAsync();

        await using (var db = _store.Open())
        {
            await SearchIndexes.For(db).RebuildAsync();
        }

        Assert.True(await VersionAsync() > before);
        Assert.Equal(before, _snapshots.Version);
        var found = await SearchAsync("oekraine");
        Assert.Contains(found.Hits, h => h.MeetingSlug == "2022-11-29-buitenlandse-zaken");
        await _snapshots.WhenLoadedAsync();
        Assert.Equal(await VersionAsync(), _snapshots.Version);
        Assert.Equal(found.Hits.Select(h => h.Url), (await SearchAsync("oekraine")).Hits.Select(h => h.Url));
    }

    [Fact]
    public async Task A_load_that_fails_is_reported_and_not_retried_for_the_same_version()
    {
        string missing = Path.Combine(_store.Folder, "elders", "agendas.db");
        using var snapshots = new SearchSnapshots($"Data Source={missing};Mode=ReadOnly");

        snapshots.Refresh(7);
        await snapshots.WhenLoadedAsync();
        var first = snapshots.LastError;
        Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(first);
        Assert.Null(snapshots.Version);

        snapshots.Refresh(7);
        await snapshots.WhenLoadedAsync();
        Assert.Same(first, snapshots.LastError);

        snapshots.Refresh(8);
        await snapshots.WhenLoadedAsync();
        Assert.NotSame(first, snapshots.LastError);
    }

    [Fact]
    public async Task Versions_asked_for_during_a_load_end_in_the_newest_snapshot()
    {
        long first = await VersionAsync();
        _snapshots.Refresh(first);
        string corrected = _store.WriteFile("002-gecorrigeerd.txt", Seeds.Text("002").Replace("de Krim", "het schiereiland Krym", StringComparison.Ordinal));
        await _store.ImportAsync(corrected);
        long second = await VersionAsync();
        _snapshots.Refresh(second);
        _snapshots.Refresh(first);

        await _snapshots.WhenLoadedAsync();

        Assert.Equal(second, _snapshots.Version);
        Assert.Null(_snapshots.LastError);
    }

    private async Task LoadSnapshotAsync()
    {
        _snapshots.Refresh(await VersionAsync());
        await _snapshots.WhenLoadedAsync();
        Assert.Null(_snapshots.LastError);
    }

    private Task<long> VersionAsync() => _store.QueryAsync(db => db.DataVersion.Select(v => v.Version).SingleAsync());

    private async Task<SearchResults> SearchAsync(string query)
    {
        await using var db = _store.Open();
        return await SearchIndexes.For(db, _snapshots).SearchAsync(SearchQuery.Parse(query), new SearchFilters(), new SearchPage(PageSize: 100));
    }
}
