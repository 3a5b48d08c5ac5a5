using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Meetings;

/// <summary>A meeting page: its facts, its letters with their metadata, the introduction, sessions and neighbours.</summary>
public sealed class MeetingPageTests(AgendasAppFactory app) : IClassFixture<AgendasAppFactory>
{
    private static string Fact(FetchedPage page, string term) =>
        FetchedPage.Text(page.Main.QuerySelectorAll("dl.meeting-facts div").Single(d => d.QuerySelector("dt")!.TextContent == term).QuerySelector("dd"));

    [Fact]
    public async Task Meeting_page_names_its_dates_place_and_council()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen/2021-06-01-buitenlandse-zaken-en-defensie");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("NAVO-ministers van Buitenlandse Zaken en Defensie, 1 juni 2021", page.Heading);
        Assert.Equal("videoconferentie", Fact(page, "Plaats"));
        Assert.Equal("Buitenlandse Zaken en Defensie", Fact(page, "Raad"));
        Assert.Equal("1 juni 2021", Fact(page, "Datum"));
        Assert.Equal("/vergaderingen/2021-06-01-buitenlandse-zaken-en-defensie.ics", page.Main.QuerySelector(".calendar-link a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Letter_metadata_with_the_Kamerstuk_linked_to_its_official_page()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen/2017-03-31-buitenlandse-zaken");

        var letter = Assert.Single(page.Main.QuerySelectorAll("article.letter"));
        Assert.Equal("/documenten/2017-03-31-buitenlandse-zaken-agenda", letter.QuerySelector("h3 a")?.GetAttribute("href"));
        var terms = letter.QuerySelectorAll("dt").Select(d => d.TextContent).ToList();
        var values = letter.QuerySelectorAll("dd").Select(FetchedPage.Text).ToList();
        var facts = terms.Zip(values).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("29 maart 2017", facts["Datum van de brief"]);
        Assert.Equal("Tweede Kamer", facts["Aan"]);
        Assert.Equal("28 676, nr. 266", facts["Kamerstuk"]);
        Assert.Contains("A.G. Koenders", facts["Ondertekend door"], StringComparison.Ordinal);
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-28676-266.html", letter.QuerySelector("a.kamerstuk")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Introduction_and_sessions_with_their_items_and_topics()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen/2017-03-31-buitenlandse-zaken");

        Assert.StartsWith("Hierbij treft u de geannoteerde agenda aan", FetchedPage.Text(page.Main.QuerySelector("section.introduction p")), StringComparison.Ordinal);
        var sessions = page.Main.QuerySelectorAll("ol.sessions > li").ToList();
        Assert.Equal(["Sessie 1: Werksessie", "Sessie 2: Werklunch", "Sessie 3: NAVO Oekraïne Commissie (NUC)"],
            sessions.Select(s => FetchedPage.Text(s.QuerySelector("a.session-link"))));
        var lunch = sessions[1].QuerySelectorAll("ul.session-items > li > a").Single();
        Assert.Equal(("Rusland", "/vergaderingen/2017-03-31-buitenlandse-zaken/sessie-2#rusland"), (lunch.TextContent, lunch.GetAttribute("href")));
        Assert.Equal(["/onderwerpen/rusland"], sessions[1].QuerySelectorAll("ul.topic-chips a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Session_without_items_shows_its_own_topics()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen/2022-11-29-buitenlandse-zaken");

        var first = page.Main.QuerySelectorAll("ol.sessions > li")[0];
        Assert.Empty(first.QuerySelectorAll("ul.session-items"));
        var chips = first.QuerySelectorAll("ul.topic-chips a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/onderwerpen/rusland", chips);
        Assert.Contains("/onderwerpen/oekraine", chips);
    }

    [Fact]
    public async Task Previous_and_next_meeting_by_date()
    {
        using var client = app.CreateClient();

        var oldest = await FetchedPage.GetAsync(client, "/vergaderingen/2017-03-31-buitenlandse-zaken");
        var middle = await FetchedPage.GetAsync(client, "/vergaderingen/2021-03-23-buitenlandse-zaken");
        var newest = await FetchedPage.GetAsync(client, "/vergaderingen/2022-11-29-buitenlandse-zaken");

        static (string?, string?) Neighbours(FetchedPage page) => (
            page.Main.QuerySelector("nav.meeting-nav a[rel=prev]")?.GetAttribute("href"),
            page.Main.QuerySelector("nav.meeting-nav a[rel=next]")?.GetAttribute("href"));
        Assert.Equal((null, "/vergaderingen/2020-12-01-buitenlandse-zaken"), Neighbours(oldest));
        Assert.Equal(("/vergaderingen/2020-12-01-buitenlandse-zaken", "/vergaderingen/2021-06-01-buitenlandse-zaken-en-defensie"), Neighbours(middle));
        Assert.Equal(("/vergaderingen/2021-06-01-buitenlandse-zaken-en-defensie", null), Neighbours(newest));
    }
}
