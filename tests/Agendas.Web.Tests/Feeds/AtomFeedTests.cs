using System.Net;
using Agendas.Web.Tests.Infrastructure;
using Agendas.Web.Tests.Topics;

namespace Agendas.Web.Tests.Feeds;

/// <summary>The Atom feeds over the five seeds, read back with System.ServiceModel.Syndication's Atom reader.</summary>
public sealed class AtomFeedTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public AtomFeedTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Rusland_feed_is_Atom_with_the_items_on_Russia_of_2022_2021_2020_and_2017_newest_first()
    {
        var download = await Download.GetAsync(_client, "/onderwerpen/rusland/feed");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/atom+xml; charset=utf-8", download.ContentType);
        var feed = download.Feed;
        Assert.Equal("Agendas – Rusland", feed.Title.Text);
        Assert.Equal([2022, 2022, 2021, 2020, 2017], feed.Items.Select(i => i.LastUpdatedTime.Year));
        Assert.Equal(
            ["2022-11-29", "2022-11-29", "2021-03-23", "2020-12-01", "2017-03-31"],
            feed.Items.Select(i => i.LastUpdatedTime.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(feed.Items, i => Assert.Equal("Rusland", Assert.Single(i.Categories).Name));
    }

    [Fact]
    public async Task Rusland_feed_links_to_the_same_permalinks_as_the_topic_page()
    {
        var feed = (await Download.GetAsync(_client, "/onderwerpen/rusland/feed")).Feed;
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var links = feed.Items.Select(i => Assert.Single(i.Links, l => l.RelationshipType == "alternate").Uri).ToList();
        Assert.All(links, uri => Assert.True(uri.IsAbsoluteUri, $"{uri} is absolute"));
        Assert.Equal(
            page.Entries.Select(e => e.Href).Order(StringComparer.Ordinal),
            links.Select(uri => uri.PathAndQuery + uri.Fragment).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Entry_ids_are_tag_uris_of_the_permalink_path()
    {
        var feed = (await Download.GetAsync(_client, "/onderwerpen/rusland/feed")).Feed;

        var item = feed.Items.Single(i => i.Id.EndsWith("#rusland-en-wapenbeheersing", StringComparison.Ordinal));
        Assert.Equal("tag:localhost,2026:/vergaderingen/2021-03-23-buitenlandse-zaken/sessie-3#rusland-en-wapenbeheersing", item.Id);
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal("tag:localhost,2026:/onderwerpen/rusland/feed", feed.Id);
    }

    [Fact]
    public async Task Summaries_are_plain_text_with_the_session_and_the_letter()
    {
        var feed = (await Download.GetAsync(_client, "/onderwerpen/rusland/feed")).Feed;

        var item = feed.Items.Single(i => i.Id.EndsWith("#rusland-en-wapenbeheersing", StringComparison.Ordinal));
        Assert.Equal("Rusland en wapenbeheersing – NAVO-ministers van Buitenlandse Zaken, 23–24 maart 2021", item.Title.Text);
        Assert.Equal("text", item.Summary.Type);
        Assert.StartsWith("Sessie 3, verslag. In de derde sessie spraken de ministers", item.Summary.Text, StringComparison.Ordinal);
        Assert.Null(item.Content);
        Assert.All(feed.Items, i => Assert.DoesNotContain('<', i.Summary.Text));
    }

    [Fact]
    public async Task Letters_feed_has_the_five_seed_letters_with_ids_of_their_pages()
    {
        var download = await Download.GetAsync(_client, "/vergaderingen/feed");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        var feed = download.Feed;
        Assert.Equal(5, feed.Items.Count());
        Assert.All(feed.Items, i => Assert.StartsWith("tag:localhost,2026:/documenten/", i.Id, StringComparison.Ordinal));
        // Newest import first.
        Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).OrderDescending(), feed.Items.Select(i => i.LastUpdatedTime));
        var report = feed.Items.Single(i => i.Id.EndsWith("/documenten/2021-03-23-buitenlandse-zaken-verslag", StringComparison.Ordinal));
        Assert.StartsWith("Verslag van de NAVO-ministers van Buitenlandse Zaken, 23–24 maart 2021", report.Summary.Text, StringComparison.Ordinal);
        Assert.Equal(
            "/vergaderingen/2021-03-23-buitenlandse-zaken",
            Assert.Single(report.Links, l => l.RelationshipType == "related").Uri.AbsolutePath);
    }

    [Theory]
    [InlineData("/onderwerpen/rusland/feed")]
    [InlineData("/vergaderingen/feed")]
    public async Task A_repeated_request_with_its_etag_gets_304_without_a_body(string path)
    {
        var first = await Download.GetAsync(_client, path);
        Assert.NotNull(first.ETag);
        Assert.NotNull(first.LastModified);

        var again = await Download.GetAsync(_client, path, r => r.Headers.TryAddWithoutValidation("If-None-Match", first.ETag));
        var since = await Download.GetAsync(_client, path, r => r.Headers.IfModifiedSince = first.LastModified);
        var stale = await Download.GetAsync(_client, path, r => r.Headers.TryAddWithoutValidation("If-None-Match", "\"v-old\""));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Body);
        Assert.Equal(HttpStatusCode.NotModified, since.Status);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.NotEmpty(stale.Feed.Items);
    }

    [Fact]
    public async Task Unknown_topic_has_no_feed()
    {
        var download = await Download.GetAsync(_client, "/onderwerpen/bestaat-niet/feed");

        Assert.Equal(HttpStatusCode.NotFound, download.Status);
    }

    [Fact]
    public async Task Topic_page_offers_its_feed_in_the_head_and_as_a_visible_link()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var alternate = page.Page.Document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/onderwerpen/rusland/feed", alternate?.GetAttribute("href"));
        var visible = page.Page.Main.QuerySelector("a.feed-link");
        Assert.Equal("/onderwerpen/rusland/feed", visible?.GetAttribute("href"));
        Assert.Contains("Volg Rusland", visible!.TextContent, StringComparison.Ordinal);
        var feed = (await Download.GetAsync(_client, visible.GetAttribute("href")!)).Feed;
        Assert.Equal(5, feed.Items.Count());
    }

    [Fact]
    public async Task Meeting_list_offers_the_letters_feed_and_the_calendar()
    {
        var page = await FetchedPage.GetAsync(_client, "/vergaderingen");

        Assert.Equal("/vergaderingen/feed", page.Document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal("/vergaderingen/feed", page.Main.QuerySelector("a.feed-link")?.GetAttribute("href"));
        Assert.Equal("/vergaderingen.ics", page.Main.QuerySelector("a.calendar-link")?.GetAttribute("href"));
    }
}
