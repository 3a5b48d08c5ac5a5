using System.ServiceModel.Syndication;
using System.Xml;
using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>A reader who wants to follow a topic clicks the feed link the topic page shows, and gets Atom.</summary>
public sealed class FeedLinkTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Visible_feed_link_on_a_topic_page_leads_to_its_atom_feed() => InPageAsync(async page =>
    {
        var topic = await TopicPage.OpenAsync(page, "rusland");
        await Expect(topic.FeedLink).ToBeVisibleAsync();
        await Expect(topic.FeedLink).ToHaveTextAsync("Volg Rusland (Atom-feed)");

        var response = await page.RunAndWaitForResponseAsync(
            () => topic.FeedLink.ClickAsync(),
            r => new Uri(r.Url).AbsolutePath == "/onderwerpen/rusland/feed");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/atom+xml; charset=utf-8", response.Headers["content-type"]);
        using var reader = XmlReader.Create(new MemoryStream(await response.BodyAsync()));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "the link leads to an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        Assert.Equal("Agendas – Rusland", formatter.Feed.Title.Text);
        Assert.Equal(5, formatter.Feed.Items.Count());
        Assert.All(formatter.Feed.Items, i => Assert.StartsWith(Fixture.Origin + "/vergaderingen/", Assert.Single(i.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri, StringComparison.Ordinal));
    });
}
