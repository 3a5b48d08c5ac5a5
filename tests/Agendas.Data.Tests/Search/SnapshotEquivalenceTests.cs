using Agendas.Core.Model;
using Agendas.Data.Search;
using Agendas.Data.Search.Memory;
using Microsoft.Data.Sqlite;

namespace Agendas.Data.Tests.Search;

/// <summary>
/// The in-memory snapshot answers every query as FTS5 answers it: the same total, the same facets, the same hits in
/// the same order (every hit, for a page as large as the total: bm25 computed the same to the last bit, or near-ties
/// would change places), under every filter and sort.
/// </summary>
public sealed class SnapshotEquivalenceTests(SnapshotCorpus corpus) : IClassFixture<SnapshotCorpus>
{
    public static TheoryData<string> Queries => new()
    {
        "oekraine",
        "dreiging",
        "\"druk en dialoog\"",
        "China",
        "Rusland -China",
        "cyber*",
        "bondgenoten*",
        "rus*",
        "afghanistan OF irak",
        "navo OF eu OF vn",
        "bondgenoten",
        "\"Strategisch Concept\"",
        "wapenbeheersing non-proliferatie",
        "navo",
        "de",
        "\"in het kader van\"",
        "\"de navo\" -rusland",
        "\"het kabinet\"*",
        "navo navo",
        "oekraine -rusland -china -navo",
        "\"de nav\"*",
        "herziene",
        "xqzvw",
        "\"xqzvw navo\"",
    };

    private static readonly SearchFilters[] Filters =
    [
        new(),
        new(FromYear: 2021, ToYear: 2022),
        new(FromYear: 2030, ToYear: 2020),
        new(Council: "defensie"),
        new(Kind: DocumentKind.Report),
        new(Topic: "rusland"),
        new(FromYear: 2005, Council: "buitenlandse-zaken", Kind: DocumentKind.Agenda),
    ];

    private static readonly SearchPage[] Pages =
    [
        new(),
        new(Page: 2, PageSize: 7),
        new(PageSize: 10_000),
        new(PageSize: 10_000, Sort: SearchSort.Date),
        new(Page: 3, PageSize: 5, Sort: SearchSort.Date),
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_snapshot_finds_ranks_and_counts_as_FTS5_does(string text)
    {
        var query = SearchQuery.Parse(text);
        await using var connection = new SqliteConnection(corpus.Store.ConnectionString);
        await connection.OpenAsync();
        int compared = 0;
        foreach (var filters in Filters)
        {
            foreach (var page in Pages)
            {
                var expected = await FullTextMatches.ReadAsync(
                    connection.CreateCommand(), new FullTextRequest(query.ToMatchExpression(), [], filters, page), CancellationToken.None);
                var actual = SnapshotSearch.Run(corpus.Snapshot, query, filters, page);

                Assert.NotNull(actual);
                string context = $"{text} | {filters} | {page}";
                Assert.True(expected.Total == actual.Total, $"{context}: total {actual.Total}, FTS5 {expected.Total}");
                Assert.True(expected.PageIds.SequenceEqual(actual.PageIds),
                    $"{context}: page [{string.Join(", ", actual.PageIds.Take(12))}…], FTS5 [{string.Join(", ", expected.PageIds.Take(12))}…]");
                AssertSameFacets(expected.Facets, actual.Facets, context);
                compared += expected.Total;
            }
        }
        if (text is not ("xqzvw" or "\"xqzvw navo\""))
        {
            // The comparison must have compared something: a query table of misses would prove nothing.
            Assert.True(compared > 0, $"{text}: no hits under any filter");
        }
    }

    [Fact]
    public void Every_common_word_has_hits_in_the_corpus_so_the_comparisons_mean_something()
    {
        foreach (string text in new[] { "navo", "bondgenoten", "\"druk en dialoog\"", "cyber*", "herziene", "\"de nav\"*" })
        {
            var matches = SnapshotSearch.Run(corpus.Snapshot, SearchQuery.Parse(text), new SearchFilters(), new SearchPage());
            Assert.True(matches is { Total: > 0 }, text);
        }
    }

    [Fact]
    public async Task The_snapshot_holds_every_entry_of_the_table_and_no_deleted_one()
    {
        var snapshot = corpus.Snapshot;
        var ids = await corpus.Store.QueryAsync(db => Task.FromResult(db.Set<SearchEntry>().Select(e => (long)e.Id).OrderBy(i => i).ToList()));
        Assert.Equal(ids, snapshot.RowIds);
        Assert.True(snapshot.AverageLength > 10, $"average length {snapshot.AverageLength}");
    }

    [Fact]
    public void A_query_term_outside_ASCII_is_left_to_FTS5()
    {
        var query = SearchQuery.Parse("Ελλάδα navo");
        Assume(query.Groups.SelectMany(g => g).SelectMany(c => c.Terms).Any(t => !t.All(char.IsAscii)));
        Assert.Null(SnapshotSearch.Run(corpus.Snapshot, query, new SearchFilters(), new SearchPage()));
    }

    [Fact]
    public void A_query_with_a_Kamerstuk_number_is_left_to_FTS5()
    {
        var query = SearchQuery.Parse("28676-266 navo");
        Assert.NotEmpty(query.Kamerstukken);
        Assert.Null(SnapshotSearch.Run(corpus.Snapshot, query, new SearchFilters(), new SearchPage()));
    }

    private static void Assume(bool condition) => Assert.True(condition, "the folded query term should keep its Greek letters");

    private static void AssertSameFacets(SearchFacets expected, SearchFacets actual, string context)
    {
        Assert.True(expected.Years.SequenceEqual(actual.Years), $"{context}: years");
        Assert.True(expected.Councils.SequenceEqual(actual.Councils), $"{context}: councils");
        Assert.True(expected.Kinds.SequenceEqual(actual.Kinds), $"{context}: kinds");
        Assert.True(expected.Topics.SequenceEqual(actual.Topics), $"{context}: topics");
    }
}
