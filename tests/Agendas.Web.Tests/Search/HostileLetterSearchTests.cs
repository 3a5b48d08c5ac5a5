using System.Net;
using System.Text.Json;
using Agendas.Web.Tests.Documents;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests.Search;

/// <summary>Markup in a letter's text comes out of search as text, with only our own <c>&lt;mark&gt;</c> around matches.</summary>
public sealed class HostileLetterSearchTests : IClassFixture<HostileLetterTests.AppWithAHostileLetter>, IDisposable
{
    private readonly HostileLetterTests.AppWithAHostileLetter _app;
    private readonly HttpClient _client;

    public HostileLetterSearchTests(HostileLetterTests.AppWithAHostileLetter app, ITestOutputHelper output)
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
    public async Task A_snippet_shows_the_letters_markup_as_text_and_marks_only_the_match()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("alert"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var snippet = Assert.Single(page.Results).Snippet!;
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent, StringComparison.Ordinal);
        Assert.All(snippet.Children, c => Assert.Equal("MARK", c.TagName));
        Assert.Equal(["alert", "alert"], snippet.Children.Select(c => c.TextContent));
        Assert.Empty(page.Page.Main.QuerySelectorAll("script, img"));
    }

    [Fact]
    public async Task The_JSON_snippet_is_encoded_letter_text_with_our_marks()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/zoeken?q=alert", UriKind.Relative)));

        var result = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        string html = result.GetProperty("snippet").GetString()!;
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var body = new HtmlParser().ParseDocument("<body>" + html).Body!;
        Assert.All(body.QuerySelectorAll("*"), e => Assert.Equal("MARK", e.TagName));
        Assert.Contains("<img src=x onerror=alert(2)>", result.GetProperty("snippetText").GetString(), StringComparison.Ordinal);
    }
}
