using System.Net;
using System.Text.Encodings.Web;
using Agendas.Web.Tests.Infrastructure;
using Agendas.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests;

/// <summary>The home page over HTTP on a real socket, with the five seeds imported at start.</summary>
public sealed class HomePageTests : IClassFixture<AgendasServerFixture>, IDisposable
{
    private readonly AgendasServerFixture _server;
    private readonly HttpClient _client;

    public HomePageTests(AgendasServerFixture server, ITestOutputHelper output)
    {
        _server = server;
        _server.Logs.Output = output;
        _client = server.CreateHttpClient();
    }

    public void Dispose()
    {
        _server.Logs.Output = null;
        _client.Dispose();
    }

    [Fact]
    public async Task Home_page_lists_the_five_meetings_newest_first_with_Dutch_dates()
    {
        var page = await HomePage.LoadAsync(_client);

        Assert.Equal(
            ["29–30 november 2022", "1 juni 2021", "23–24 maart 2021", "1–2 december 2020", "31 maart 2017"],
            page.Meetings.Select(m => m.Dates));
        Assert.Equal(
            ["2022-11-29", "2021-06-01", "2021-03-23", "2020-12-01", "2017-03-31"],
            page.Meetings.Select(m => m.StartDate));
    }

    [Theory]
    [InlineData("2020-12-01-buitenlandse-zaken", "Buitenlandse Zaken", "videoconferentie", "agenda")]
    [InlineData("2021-06-01-buitenlandse-zaken-en-defensie", "Buitenlandse Zaken en Defensie", "videoconferentie", "agenda")]
    [InlineData("2021-03-23-buitenlandse-zaken", "Buitenlandse Zaken", "Brussel", "verslag")]
    [InlineData("2022-11-29-buitenlandse-zaken", "Buitenlandse Zaken", "Boekarest", "agenda")]
    [InlineData("2017-03-31-buitenlandse-zaken", "Buitenlandse Zaken", "Brussel", "agenda")]
    public async Task Home_page_names_council_place_and_letters_of_each_meeting(string slug, string council, string place, string letters)
    {
        var page = await HomePage.LoadAsync(_client);

        var meeting = Assert.Single(page.Meetings, m => m.Slug == slug);
        Assert.Equal((council, place, letters), (meeting.Council, meeting.Place, meeting.Letters));
    }

    [Fact]
    public async Task Page_is_Dutch_with_landmarks_and_a_skip_link_to_the_main_content()
    {
        var page = await HomePage.LoadAsync(_client);
        var document = page.Document;

        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("body > header"));
        Assert.NotNull(document.QuerySelector("body > footer"));
        var main = Assert.Single(document.QuerySelectorAll("main"));
        Assert.Single(document.QuerySelectorAll("h1"));

        // The skip link is the first thing a keyboard reaches, and it leads to <main>.
        var firstFocusable = document.QuerySelector("a[href], input, button, select, textarea");
        var skipLink = document.QuerySelector(HomePage.Selectors.SkipLink);
        Assert.NotNull(skipLink);
        Assert.Same(skipLink, firstFocusable);
        Assert.Equal($"#{main.Id}", skipLink.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_form_sends_a_labelled_query_to_zoeken()
    {
        var page = await HomePage.LoadAsync(_client);

        var form = page.SearchForm;
        Assert.NotNull(form);
        Assert.Equal("/zoeken", form.GetAttribute("action"));
        Assert.Equal("get", form.Method);
        var input = Assert.Single(form.QuerySelectorAll("input[name=q]"));
        Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public async Task Dutch_characters_reach_the_HTML_as_themselves()
    {
        // Text from the database passes Razor's encoder: it must leave diacritics and the en dash alone.
        var encoder = _server.Services.GetRequiredService<HtmlEncoder>();
        Assert.Equal("coördinatie, Oekraïne, 1–2 december", encoder.Encode("coördinatie, Oekraïne, 1–2 december"));
        Assert.Equal("&lt;script&gt;", encoder.Encode("<script>"));

        // And on the wire: this is about the bytes of the response, so it reads the raw HTML on purpose.
        string html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("1–2 december 2020", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forbid_inline_script_framing_and_sniffing()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        string policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Stylesheet_of_the_layout_is_served()
    {
        var page = await HomePage.LoadAsync(_client);
        string? href = page.Document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);

        using var response = await _client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_address_answers_404_with_a_helpful_Dutch_page()
    {
        using var response = await _client.GetAsync(new Uri("/vergaderingen/1999-01-01-bestaat-niet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pagina niet gevonden", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("main a[href='/']"));
    }
}
