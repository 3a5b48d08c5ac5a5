using Agendas.Data.Search;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests.Search;

/// <summary>The five seeds imported by the real importer into one SQLite file, shared by a class's search tests.</summary>
public sealed class SeededSearchStore : IAsyncLifetime
{
    private readonly TempStore _store = new();

    internal TempStore Store => _store;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _store.ImportAsync(Seeds.Directory);
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    public async Task<SearchResults> SearchAsync(string query, SearchFilters? filters = null, SearchPage? page = null)
    {
        await using var db = _store.Open();
        return await SearchIndexes.For(db).SearchAsync(SearchQuery.Parse(query), filters ?? new SearchFilters(), page ?? new SearchPage(PageSize: 100));
    }
}
