using Agendas.Data.Search;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Search;

/// <summary>The importer keeps the index in step with the letters, in the letter's own transaction; reindex rebuilds it.</summary>
public sealed class IndexMaintenanceTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Every_entry_has_exactly_one_row_in_the_full_text_table()
    {
        await _store.ImportAsync(Seeds.Directory);

        var counts = await _store.CountRowsAsync();
        Assert.True(counts["SearchEntries"] > counts["Items"], counts.ToString());
        Assert.Equal(counts["SearchEntries"], counts["SearchIndex"]);
        Assert.Equal(counts["Items"], await _store.QueryAsync(db => db.Set<SearchEntry>().CountAsync(e => e.ItemId != null)));
    }

    [Fact]
    public async Task A_corrected_letter_replaces_its_entries_and_its_old_words_are_no_longer_found()
    {
        const string report = "2021-03-23-buitenlandse-zaken-verslag";
        await _store.ImportAsync(Seeds.Directory);
        Assert.Contains((await SearchAsync("Krim")).Hits, h => h.DocumentSlug == report);
        string corrected = _store.WriteFile("002-gecorrigeerd.txt", Seeds.Text("002").Replace("de Krim", "het schiereiland Krym", StringComparison.Ordinal));

        var summary = await _store.ImportAsync(corrected);

        Assert.Equal("0 imported, 1 updated, 0 unchanged, 0 failed", summary.SummaryLine);
        Assert.DoesNotContain((await SearchAsync("Krim")).Hits, h => h.DocumentSlug == report);
        var found = await SearchAsync("schiereiland Krym");
        Assert.Equal(report, Assert.Single(found.Hits).DocumentSlug);
        var counts = await _store.CountRowsAsync();
        Assert.Equal(counts["SearchEntries"], counts["SearchIndex"]);
    }

    [Fact]
    public async Task A_failure_while_indexing_leaves_neither_the_letter_nor_its_entries()
    {
        await _store.ExecuteAsync("""
            CREATE TRIGGER refuse_entry BEFORE INSERT ON "SearchEntries" WHEN NEW."Heading" = 'Weerbaarheid'
            BEGIN SELECT RAISE(ABORT, 'geweigerd door de test'); END;
            """);

        var summary = await _store.ImportAsync(Seeds.Path("001"));

        Assert.Equal("0 imported, 0 updated, 0 unchanged, 1 failed", summary.SummaryLine);
        var counts = await _store.CountRowsAsync();
        Assert.Equal(0, counts["Documents"]);
        Assert.Equal(0, counts["SearchEntries"]);
        Assert.Equal(0, counts["SearchIndex"]);
    }

    // The importer builds entries from the letter's rows in memory, reindex from the rows it reads back: two paths
    // that must give the same entries, field for field.
    [Fact]
    public async Task Rebuilding_gives_the_same_entries_and_the_same_answers()
    {
        await _store.ImportAsync(Seeds.Directory);
        var before = await _store.CountRowsAsync();
        var entriesBefore = await EntriesAsync();
        var answer = await SearchAsync("Rusland OF China");

        int rebuilt = await _store.QueryAsync(db => SearchIndexes.For(db).RebuildAsync());

        var after = await _store.CountRowsAsync();
        Assert.Equal(before, after);
        Assert.Equal(before["SearchEntries"], rebuilt);
        Assert.Contains(entriesBefore, e => e.Contains(" china ", StringComparison.Ordinal));
        Assert.Equal(entriesBefore, await EntriesAsync());
        var again = await SearchAsync("Rusland OF China");
        Assert.Equal(answer.Hits.Select(h => h.Url + h.Kind), again.Hits.Select(h => h.Url + h.Kind));
    }

    private Task<List<string>> EntriesAsync() => _store.QueryAsync(async db =>
        (await db.Set<SearchEntry>().AsNoTracking()
            .Select(e => new { e.DocumentId, e.SessionId, e.ItemId, e.Heading, e.Text, e.MeetingStart, e.Kind, e.Councils, e.Topics })
            .ToListAsync())
        .Select(e => $"{e.DocumentId}|{e.SessionId}|{e.ItemId}|{e.Heading}|{e.MeetingStart:O}|{e.Kind}|{e.Councils}|{e.Topics}|{e.Text}")
        .Order(StringComparer.Ordinal)
        .ToList());

    [Fact]
    public async Task A_store_imported_before_the_index_existed_is_indexed_at_migration()
    {
        await _store.ImportAsync(Seeds.Directory);
        var indexed = await _store.CountRowsAsync();
        await _store.ExecuteAsync("DELETE FROM \"SearchEntries\"");
        Assert.Equal(0, (await _store.CountRowsAsync())["SearchIndex"]);

        await _store.InitializeAsync();

        Assert.Equal(indexed, await _store.CountRowsAsync());
    }

    private Task<SearchResults> SearchAsync(string query) =>
        _store.QueryAsync(db => SearchIndexes.For(db).SearchAsync(SearchQuery.Parse(query), new SearchFilters(), new SearchPage(PageSize: 100)));
}
