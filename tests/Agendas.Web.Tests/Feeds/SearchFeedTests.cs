using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Feeds;

/// <summary>A saved search as Atom (<c>/zoeken/feed</c>) over the five seeds, read back with the Syndication reader.</summary>
public sealed class SearchFeedTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public SearchFeedTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Search_feed_has_the_results_of_the_search_page_newest_meeting_first()
    {
        var download = await Download.GetAsync(_client, "/zoeken/feed?q=Oekra%C3%AFne");
        var page = await FetchedPage.GetAsync(_client, "/zoeken?q=Oekra%C3%AFne");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/atom+xml; charset=utf-8", download.ContentType);
        var feed = download.Feed;
        Assert.Equal("Agendas – zoeken: Oekraïne", feed.Title.Text);
        var links = feed.Items.Select(i => Assert.Single(i.Links, l => l.RelationshipType == "alternate").Uri).ToList();
        Assert.All(links, uri => Assert.True(uri.IsAbsoluteUri, $"{uri} is absolute"));
        var pageLinks = page.Main.QuerySelectorAll("li.search-result .result-heading a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(pageLinks);
        Assert.Equal(pageLinks.Order(StringComparer.Ordinal), links.Select(uri => uri.PathAndQuery + uri.Fragment).Order(StringComparer.Ordinal));
        Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).OrderDescending(), feed.Items.Select(i => i.LastUpdatedTime));
        Assert.Equal(new DateTimeOffset(2022, 11, 29, 0, 0, 0, TimeSpan.Zero), feed.Items.First().LastUpdatedTime);
    }

    [Fact]
    public async Task Entries_have_tag_uri_ids_of_their_permalinks_and_plain_text_summaries()
    {
        var feed = (await Download.GetAsync(_client, "/zoeken/feed?q=wapenbeheersing")).Feed;

        var item = feed.Items.Single(i => i.Id.EndsWith("#rusland-en-wapenbeheersing", StringComparison.Ordinal));
        Assert.Equal("tag:localhost,2026:/vergaderingen/2021-03-23-buitenlandse-zaken/sessie-3#rusland-en-wapenbeheersing", item.Id);
        Assert.Equal("Rusland en wapenbeheersing – NAVO-ministers van Buitenlandse Zaken, 23–24 maart 2021", item.Title.Text);
        Assert.Equal("text", item.Summary.Type);
        Assert.StartsWith("Sessie 3, verslag.", item.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("wapenbeheersing", item.Summary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal("tag:localhost,2026:/zoeken/feed?q=wapenbeheersing", feed.Id);
    }

    [Fact]
    public async Task Filters_narrow_the_feed_and_order_and_page_do_not_change_its_id()
    {
        var all = (await Download.GetAsync(_client, "/zoeken/feed?q=Rusland")).Feed;
        var reports = (await Download.GetAsync(_client, "/zoeken/feed?q=Rusland&soort=verslag&sorteer=datum&pagina=3")).Feed;

        Assert.True(reports.Items.Count() < all.Items.Count(), "the filter leaves out the agendas");
        Assert.All(reports.Items, i => Assert.Contains(", verslag.", i.Summary.Text, StringComparison.Ordinal));
        Assert.NotEmpty(reports.Items);
        Assert.Equal("tag:localhost,2026:/zoeken/feed?q=Rusland&soort=verslag", reports.Id);
    }

    [Fact]
    public async Task A_repeated_request_with_its_etag_gets_304_without_a_body()
    {
        const string path = "/zoeken/feed?q=China";
        var first = await Download.GetAsync(_client, path);
        Assert.NotNull(first.ETag);
        Assert.NotNull(first.LastModified);

        var again = await Download.GetAsync(_client, path, r => r.Headers.TryAddWithoutValidation("If-None-Match", first.ETag));
        var stale = await Download.GetAsync(_client, path, r => r.Headers.TryAddWithoutValidation("If-None-Match", "\"v-old\""));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Body);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.NotEmpty(stale.Feed.Items);
    }

    [Theory]
    [InlineData("/zoeken/feed")]
    [InlineData("/zoeken.csv")]
    public async Task A_query_over_the_limit_is_refused_with_400_and_a_dutch_sentence(string path)
    {
        var download = await Download.GetAsync(_client, $"{path}?q={new string('a', 1001)}");

        Assert.Equal(HttpStatusCode.BadRequest, download.Status);
        Assert.Equal("text/plain; charset=utf-8", download.ContentType);
        Assert.Equal("Deze zoekvraag is te lang: gebruik hoogstens 1000 tekens. Zoek met een paar kenmerkende woorden.", download.Text);
    }

    [Theory]
    [InlineData("/zoeken/feed", "")]
    [InlineData("/zoeken/feed", "?q=%20-China%20")]
    [InlineData("/zoeken.csv", "?raad=defensie")]
    public async Task A_query_without_words_is_refused_with_400_naming_the_q_parameter(string path, string query)
    {
        var download = await Download.GetAsync(_client, path + query);

        Assert.Equal(HttpStatusCode.BadRequest, download.Status);
        Assert.StartsWith("Geef met q een of meer woorden om te zoeken", download.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zoeken/feed")]
    [InlineData("/zoeken.csv")]
    public async Task A_noncharacter_in_the_query_is_refused_with_400_not_500(string path)
    {
        var download = await Download.GetAsync(_client, $"{path}?q=rusland%EF%BF%BE");

        Assert.Equal(HttpStatusCode.BadRequest, download.Status);
        Assert.StartsWith("Deze zoekvraag bevat tekens die geen tekst zijn", download.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_the_query_still_gives_valid_atom()
    {
        var download = await Download.GetAsync(_client, "/zoeken/feed?q=Rusland%01%0B");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("Agendas – zoeken: Rusland", download.Feed.Title.Text.TrimEnd());
        Assert.NotEmpty(download.Feed.Items);
    }

    [Fact]
    public async Task Search_page_offers_the_feed_in_the_head_and_both_formats_as_visible_links()
    {
        var page = await FetchedPage.GetAsync(_client, "/zoeken?q=Oekra%C3%AFne&raad=buitenlandse-zaken&sorteer=datum&pagina=1");

        var alternate = page.Document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/zoeken/feed?q=Oekra%C3%AFne&raad=buitenlandse-zaken", alternate?.GetAttribute("href"));
        var feedLink = page.Main.QuerySelector("a.feed-link");
        Assert.Equal("/zoeken/feed?q=Oekra%C3%AFne&raad=buitenlandse-zaken", feedLink?.GetAttribute("href"));
        Assert.Equal("Volg deze zoekopdracht (Atom-feed)", FetchedPage.Text(feedLink));
        var csvLink = page.Main.QuerySelector("a.csv-link");
        Assert.Equal("/zoeken.csv?q=Oekra%C3%AFne&raad=buitenlandse-zaken&sorteer=datum", csvLink?.GetAttribute("href"));
        Assert.NotEmpty((await Download.GetAsync(_client, feedLink!.GetAttribute("href")!)).Feed.Items);
        Assert.Equal(HttpStatusCode.OK, (await Download.GetAsync(_client, csvLink!.GetAttribute("href")!)).Status);
    }

    [Fact]
    public async Task Search_page_without_words_offers_no_feed()
    {
        var page = await FetchedPage.GetAsync(_client, "/zoeken");

        Assert.Null(page.Document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
        Assert.Null(page.Main.QuerySelector("a.feed-link"));
    }
}
