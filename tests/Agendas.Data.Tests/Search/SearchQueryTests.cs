using Agendas.Data.Search;

namespace Agendas.Data.Tests.Search;

/// <summary>Our own query grammar and the FTS5 expression it writes: every term quoted, nothing typed passed on raw.</summary>
public sealed class SearchQueryTests(SeededSearchStore seeds) : IClassFixture<SeededSearchStore>
{
    [Theory]
    [InlineData("Oekraïne", "(\"oekrain\")")]
    [InlineData("oekraine", "(\"oekrain\")")]
    [InlineData("dreigingen bondgenoten", "(\"dreiging\") AND (\"bondgenot\")")]
    [InlineData("\"druk en dialoog\"", "(\"druk en dialog\")")]
    [InlineData("cyber*", "(\"cyber\" *)")]
    [InlineData("bondgenoten*", "(\"bondgenot\" *)")]
    [InlineData("a*", "(\"a\")")]
    [InlineData("Rusland -China", "((\"rusland\")) NOT \"china\"")]
    [InlineData("Rusland OF China", "(\"rusland\" OR \"china\")")]
    [InlineData("Rusland OR China Afghanistan", "(\"rusland\" OR \"china\") AND (\"afghanistan\")")]
    [InlineData("noord-holland", "(\"noord holland\")")]
    [InlineData("of", "(\"of\")")]
    public void Writes_a_quoted_FTS5_expression(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(input).ToMatchExpression());
    }

    [Theory]
    [InlineData("", QueryProblem.Empty)]
    [InlineData("   \t ", QueryProblem.Empty)]
    [InlineData("\u0000\u0007", QueryProblem.Empty)]
    [InlineData("OF OR", QueryProblem.NoTerms)]
    [InlineData("* - \" ( )", QueryProblem.NoTerms)]
    [InlineData("-China", QueryProblem.NoTerms)]
    [InlineData("28676-266", QueryProblem.None)]
    public void Tells_why_a_query_cannot_be_searched(string input, QueryProblem problem)
    {
        Assert.Equal(problem, SearchQuery.Parse(input).Problem);
    }

    [Fact]
    public void Refuses_a_query_over_the_limit()
    {
        Assert.Equal(QueryProblem.TooLong, SearchQuery.Parse(new string('x', SearchQuery.MaxLength + 1)).Problem);
        Assert.Equal(QueryProblem.None, SearchQuery.Parse(new string('x', SearchQuery.MaxLength)).Problem);
    }

    [Fact]
    public void Keeps_at_most_the_maximum_number_of_terms()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 40).Select(i => $"woord{i}")));

        Assert.True(query.Truncated);
        Assert.Equal(SearchQuery.MaxClauses, query.Groups.Count);
    }

    public static TheoryData<string> Hostile =>
    [
        "\"unbalanced",
        "China\"",
        "\"\"\"",
        "AND OR NOT",
        "NEAR(China Rusland)",
        "NEAR(",
        "(x",
        "x)",
        "heading:China",
        "foo:bar",
        "*",
        "^China",
        "China +Rusland",
        "'; DROP TABLE Documents; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM SearchEntries;--",
        "{heading text}: china",
        "China\u0000Rusland\u001b[31m",
        "\u202eChina",
        "-",
        "--",
        "- -China",
        "OF",
        "China OF",
        "OF China",
        "💣 🚀",
        "日本 中国",
        "ÆØÅ ß",
        "28 676, nr.",
        "kst-",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_input_never_reaches_FTS5_raw_and_never_throws(string input)
    {
        var query = SearchQuery.Parse(input);

        var results = await seeds.SearchAsync(input);

        Assert.NotNull(results);
        if (query.ToMatchExpression() is { } match)
        {
            // Outside our quoted strings only our own operators and brackets remain.
            string outside = string.Concat(match.Split('"').Where((_, i) => i % 2 == 0));
            Assert.Matches(@"^[()\s*]*(?:(?:AND|OR|NOT)[()\s*]*)*$", outside);
        }
    }

    [Fact]
    public async Task Three_thousand_characters_are_refused_without_a_search()
    {
        var results = await seeds.SearchAsync(new string('a', 3000));

        Assert.Equal(0, results.Total);
    }
}
