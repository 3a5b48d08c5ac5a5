using System.Net;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests.Search;

/// <summary>/api/zoeken: the same search as /zoeken, as JSON.</summary>
public sealed class SearchApiTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public SearchApiTests(AgendasAppFactory app, ITestOutputHelper output)
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

    [Fact]
    public async Task Oekraine_answers_JSON_with_heading_meeting_session_date_snippet_and_URL()
    {
        using var response = await _client.GetAsync(new Uri("/api/zoeken?q=oekraine", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("oekraine", root.GetProperty("query").GetString());
        var results = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), results.Count);
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("heading").GetString()));
            Assert.StartsWith("http://localhost/vergaderingen/", result.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", result.GetProperty("date").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("meeting").GetProperty("slug").GetString()));
            Assert.True(result.GetProperty("session").GetProperty("number").GetInt32() > 0);
        }
        var years = results.Select(r => r.GetProperty("date").GetString()![..4]).ToHashSet();
        Assert.Contains("2017", years);
        Assert.Contains("2022", years);
        // The snippet is HTML of our own: text and <mark> elements only.
        var snippet = new HtmlParser().ParseDocument("<body>" + results[0].GetProperty("snippet").GetString()).Body!;
        Assert.All(snippet.QuerySelectorAll("*"), e => Assert.Equal("MARK", e.TagName));
        Assert.Contains(snippet.QuerySelectorAll("mark"), m => m.TextContent.Equals("Oekraïne", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(results[0].GetProperty("snippetText").GetString(), snippet.TextContent);
    }

    [Fact]
    public async Task Gives_the_same_results_as_the_page_in_the_same_order()
    {
        var page = await SearchPage.LoadAsync(_client, "?q=China&van=2021&sorteer=datum");
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/zoeken?q=China&van=2021&sorteer=datum", UriKind.Relative)));

        Assert.Equal(
            page.Results.Select(r => "http://localhost" + r.Href),
            json.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("url").GetString()));
        Assert.Equal(2021, json.RootElement.GetProperty("filters").GetProperty("van").GetInt32());
    }

    [Fact]
    public async Task Russia_names_the_topic_Rusland()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/zoeken?q=Russia", UriKind.Relative)));

        var topic = Assert.Single(json.RootElement.GetProperty("topics").EnumerateArray());
        Assert.Equal("rusland", topic.GetProperty("slug").GetString());
        Assert.Equal("http://localhost/onderwerpen/rusland", topic.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_over_long_query_answers_400_with_a_problem_that_says_why()
    {
        using var response = await _client.GetAsync(new Uri("/api/zoeken?q=" + new string('a', 3000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Deze zoekvraag is te lang", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NEAR(")]
    [InlineData("\"")]
    [InlineData("")]
    [InlineData("'; DROP TABLE Documents; --")]
    public async Task Hostile_queries_answer_JSON_with_200(string query)
    {
        using var response = await _client.GetAsync(new Uri("/api/zoeken?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("items").ValueKind);
    }
}
