using Agendas.Data.Search;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Agendas.Data.Tests.Search;

/// <summary>A search reads a snapshot: it neither waits for an import's open transaction nor sees its rows.</summary>
public sealed class SearchDuringWriteTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _store.ImportAsync(Seeds.Directory);
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_search_answers_at_once_while_a_writer_holds_the_write_lock_and_sees_only_committed_rows()
    {
        var before = await SearchAsync("Oekraïne");
        Assert.True(before.Total > 0);

        await using var writer = new SqliteConnection(_store.ConnectionString);
        await writer.OpenAsync();
        await using var tx = await writer.BeginTransactionAsync();
        await using (var delete = writer.CreateCommand())
        {
            // Uncommitted: the entries go, and the trigger takes their full-text rows along.
            delete.CommandText = "DELETE FROM \"SearchEntries\"";
            await delete.ExecuteNonQueryAsync();
        }

        // A search that asked for the write lock would wait the connection's busy timeout (30 s) and then fail.
        var during = await SearchAsync("Oekraïne").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(before.Total, during.Total);
        Assert.Equal(before.Hits.Select(h => h.Url), during.Hits.Select(h => h.Url));
        await tx.RollbackAsync();
    }

    private Task<SearchResults> SearchAsync(string query) =>
        _store.QueryAsync(db => SearchIndexes.For(db).SearchAsync(SearchQuery.Parse(query), new SearchFilters(), new SearchPage()));
}
