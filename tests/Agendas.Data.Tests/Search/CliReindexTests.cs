using Agendas.Data.Search;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests.Search;

/// <summary><c>agendas reindex</c> rebuilds the search index from the stored letters.</summary>
public sealed class CliReindexTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Reindex_rebuilds_an_emptied_index_and_says_how_much_it_wrote()
    {
        await CliRun.RunAsync("import", Seeds.Directory, "--db", _store.DatabasePath);
        var before = await _store.CountRowsAsync();
        // Rows gone from the full-text table only: migration would not notice, reindex must.
        await _store.ExecuteAsync("INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES('delete-all')");
        Assert.Equal(0, (await _store.CountRowsAsync())["SearchIndex"]);

        var run = await CliRun.RunAsync("reindex", "--db", _store.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"zoekindex opnieuw opgebouwd: {before["SearchEntries"]} ingangen uit 5 brieven", Assert.Single(run.Lines));
        Assert.Equal(before, await _store.CountRowsAsync());
        var results = await _store.QueryAsync(db => SearchIndexes.For(db).SearchAsync(SearchQuery.Parse("oekraine"), new SearchFilters(), new SearchPage()));
        Assert.NotEqual(0, results.Total);
    }

    [Fact]
    public async Task Reindex_takes_no_files()
    {
        var run = await CliRun.RunAsync("reindex", Seeds.Directory);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reindex neemt geen bestanden", run.Stderr, StringComparison.Ordinal);
    }
}
