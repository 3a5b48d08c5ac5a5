using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Search;

/// <summary>Whatever is typed, /zoeken answers with the form: 200, or 400 with a message for an over-long query. Never 500.</summary>
public sealed class HostileQueryTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public HostileQueryTests(AgendasAppFactory app, ITestOutputHelper output)
    {
        _app = app;
        _app.Logs.Output = output;
        _client = app.CreateClient();
    }

    public void Dispose()
    {
        _app.Logs.Output = null;
        _client.Dispose();
    }

    public static TheoryData<string> Queries =>
    [
        "",
        " ",
        "\"",
        "\"unbalanced quote",
        "China\" Rusland",
        "AND OR NOT",
        "OF",
        "- - -",
        "*",
        "NEAR(",
        "NEAR(China Rusland, 5)",
        "(China",
        "China)",
        "heading:China",
        "{heading}: China",
        "noord-holland",
        "'; DROP TABLE Documents; --",
        "\" OR \"\"=\"",
        "1; SELECT * FROM SearchEntries",
        "China\u0000Rusland",
        "\u0001\u0002\u001b[31m",
        "\u202e\u200bChina",
        "<script>alert(1)</script>",
        "%00",
        "💣💥",
        "rusland\uFFFE",
        "\uFDD0\uFFFF",
        "日本",
        "28 676, nr.",
        new string('x', 3000),
        string.Concat(Enumerable.Repeat("\"a\" OR ", 400)),
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Answers_200_or_400_with_the_form_and_never_500(string query)
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q(query));

        Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)page.Status} for {query}");
        Assert.NotNull(page.Form);
        Assert.True(page.Results.Count > 0 || page.Message.Length > 0, "results or a plain explanation");
        Assert.Null(page.Page.Document.QuerySelector("script"));
        Assert.DoesNotContain(page.Page.Document.Body!.TextContent, s => s == '\u0000');
    }

    [Fact]
    public async Task Three_thousand_characters_answer_400_with_a_Dutch_message_and_the_form()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q(new string('x', 3000)));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.Form);
        Assert.StartsWith("Deze zoekvraag is te lang", page.Message, StringComparison.Ordinal);
        Assert.Equal("Zoeken", page.Page.Heading);
    }

    [Fact]
    public async Task Only_operators_explain_that_there_is_nothing_to_search_for()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("OF -China *"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Deze zoekvraag bevat geen woorden", page.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?q=China&van=abc&tot=99999&raad=<b>&soort=x&onderwerp=bestaat-niet&sorteer=%27&pagina=-3")]
    [InlineData("?q=China&pagina=99999999999999999999")]
    [InlineData("?q=China&van=2030&tot=2000")]
    [InlineData("?q=China&q=Rusland")]
    public async Task Invalid_filter_values_are_ignored_not_failed(string queryString)
    {
        var page = await SearchPage.LoadAsync(_client, queryString);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Form);
    }

    [Fact]
    public async Task The_query_is_shown_encoded_never_as_markup()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("<img src=x onerror=alert(1)> China"));

        Assert.Equal("<img src=x onerror=alert(1)> China", page.QueryValue);
        Assert.Null(page.Page.Main.QuerySelector("img"));
    }
}
