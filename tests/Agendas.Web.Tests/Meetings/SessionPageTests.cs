using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Meetings;

/// <summary>The session pages of the seeds: breadcrumbs, citation, cross-links, Kamerstuk links, footnotes, neighbours.</summary>
public sealed class SessionPageTests(AgendasAppFactory app) : IClassFixture<AgendasAppFactory>
{
    private const string December2020 = "2020-12-01-buitenlandse-zaken";
    private const string March2017 = "2017-03-31-buitenlandse-zaken";
    private const string November2022 = "2022-11-29-buitenlandse-zaken";

    [Fact]
    public async Task Session_page_cites_its_letter_session_subject_and_absolute_permalink()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, December2020, 2);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Sessie 2: China", page.Page.Heading);
        Assert.Equal($"http://localhost/vergaderingen/{December2020}/sessie-2", page.Permalink);
        Assert.Equal(
            $"Geannoteerde agenda NAVO ministeriële 1 en 2 december 2020, sessie 2: China, http://localhost/vergaderingen/{December2020}/sessie-2",
            page.Citation);
        Assert.Equal(page.Permalink, page.Page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Copy_button_waits_hidden_for_its_script_file_and_the_page_has_no_inline_script()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, December2020, 2);

        Assert.NotNull(page.CopyButton);
        Assert.True(page.CopyButton.HasAttribute("hidden"));
        var scripts = page.Page.Document.QuerySelectorAll("script").ToList();
        // The file name carries a fingerprint of its content (static assets): /js/citation.{hash}.js.
        string src = Assert.Single(scripts, s => s.GetAttribute("src")?.StartsWith("/js/citation.", StringComparison.Ordinal) == true).GetAttribute("src")!;
        Assert.All(scripts, s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json"));
        using var script = await client.GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("clipboard", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permalink_follows_the_configured_public_base_url()
    {
        using var configured = new AgendasAppFactory
        {
            Settings = new Dictionary<string, string> { ["Agendas:PublicBaseUrl"] = "https://agendas.example.nl/" },
        };
        using var client = configured.CreateClient();
        var page = await SessionPage.LoadAsync(client, March2017, 1);

        Assert.Equal($"https://agendas.example.nl/vergaderingen/{March2017}/sessie-1", page.Permalink);
        Assert.EndsWith($", https://agendas.example.nl/vergaderingen/{March2017}/sessie-1", page.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumbs_lead_home_to_the_meetings_to_the_meeting()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, March2017, 3);

        Assert.Equal(["Home", "Vergaderingen", "NAVO-ministers van Buitenlandse Zaken, 31 maart 2017", "Sessie 3"], page.Breadcrumbs);
        var hrefs = page.Page.Main.QuerySelectorAll(SessionPage.Selectors.Breadcrumbs).Take(3).Select(a => a.GetAttribute("href"));
        Assert.Equal(["/", "/vergaderingen", $"/vergaderingen/{March2017}"], hrefs);
        Assert.Equal("Sessie 3: NAVO Oekraïne Commissie (NUC)", page.Page.Heading);
    }

    [Fact]
    public async Task Item_NAVO_2030_links_china_and_rusland_once_and_never_its_own_topic()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, December2020, 1);

        var links = page.TopicLinks("navo-2030");
        Assert.Contains("/onderwerpen/china", links);
        Assert.Contains("/onderwerpen/rusland", links);
        Assert.DoesNotContain("/onderwerpen/navo2030", links);
        Assert.Equal(links.Count, links.Distinct().Count());
        // "Rusland" comes back later in the same paragraph ("hybride handelingen van Rusland" is in the next item): one link.
        var rusland = page.Item("navo-2030")!.QuerySelectorAll("a.topic-link[href='/onderwerpen/rusland']");
        Assert.Equal("Rusland", Assert.Single(rusland).TextContent);
        Assert.Empty(page.Item("navo-2030")!.QuerySelectorAll("h2 a.topic-link, h3 a.topic-link"));
    }

    [Fact]
    public async Task Item_about_rusland_does_not_link_rusland_to_itself()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, December2020, 1);

        const string item = "rusland-en-arms-control-disarmament-and-non-proliferation-adn";
        Assert.NotNull(page.Item(item));
        Assert.DoesNotContain("/onderwerpen/rusland", page.TopicLinks(item));
        Assert.Contains("/onderwerpen/rusland", page.Item(item)!.QuerySelectorAll(SessionPage.Selectors.Chips).Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Kamerstuk_28676_210_in_the_text_links_to_its_official_page()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, March2017, 1);

        var link = page.Item("trans-atlantische-betrekkingen")!.QuerySelectorAll(SessionPage.Selectors.KamerstukLink)
            .Single(a => a.GetAttribute("href") == "https://zoek.officielebekendmakingen.nl/kst-28676-210.html");
        Assert.Equal("Kamerstuk 28 676, nr. 210", FetchedPage.Text(link));
    }

    [Fact]
    public async Task Footnote_of_an_item_is_linked_both_ways_and_its_Kamerstukken_are_links()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, November2022, 3);

        var reference = Assert.Single(page.Item("afschrikking-en-verdediging")!.QuerySelectorAll(SessionPage.Selectors.FootnoteRef));
        Assert.EndsWith("2", FetchedPage.Text(reference), StringComparison.Ordinal);
        var note = page.Page.Document.GetElementById(reference.GetAttribute("href")!.TrimStart('#'));
        Assert.NotNull(note);
        Assert.Equal("2", note.GetAttribute("value"));
        Assert.Contains("Zie Kamerstuk 28 676, nr. 418 van 30 september 2022.", FetchedPage.Text(note), StringComparison.Ordinal);
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-28676-418.html", note.QuerySelector(SessionPage.Selectors.KamerstukLink)?.GetAttribute("href"));
        var back = note.QuerySelector(SessionPage.Selectors.FootnoteBack);
        Assert.Equal("#" + reference.Id, back?.GetAttribute("href"));
    }

    [Fact]
    public async Task Footnote_of_a_session_without_items_follows_its_text()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, November2022, 2);

        Assert.Empty(page.Items);
        var reference = Assert.Single(page.Page.Main.QuerySelectorAll(SessionPage.Selectors.FootnoteRef));
        Assert.Equal("P", reference.ParentElement?.ParentElement?.TagName);
        var note = Assert.Single(page.Page.Main.QuerySelectorAll(SessionPage.Selectors.Footnote));
        Assert.Equal(reference.GetAttribute("href"), "#" + note.Id);
        // Three citations, four papers: "Kamerstukken 22 054 en 36 045, nr. 374" names two.
        Assert.Equal(3, note.QuerySelectorAll(SessionPage.Selectors.KamerstukLink).Length);
    }

    [Fact]
    public async Task Previous_and_next_sessions_of_the_same_meeting()
    {
        using var client = app.CreateClient();

        var first = await SessionPage.LoadAsync(client, November2022, 1);
        var middle = await SessionPage.LoadAsync(client, November2022, 3);
        var last = await SessionPage.LoadAsync(client, November2022, 4);

        Assert.Equal((null, $"/vergaderingen/{November2022}/sessie-2"), (first.PreviousHref, first.NextHref));
        Assert.Equal(($"/vergaderingen/{November2022}/sessie-2", $"/vergaderingen/{November2022}/sessie-4"), (middle.PreviousHref, middle.NextHref));
        Assert.Equal(($"/vergaderingen/{November2022}/sessie-3", (string?)null), (last.PreviousHref, last.NextHref));
    }

    [Fact]
    public async Task Session_page_shows_its_date_and_links_its_letter()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, November2022, 3);

        Assert.Equal("2022-11-30", page.Page.Main.QuerySelector(".session-meta time")?.GetAttribute("datetime"));
        Assert.Equal($"/documenten/{November2022}-agenda", page.Page.Main.QuerySelector(".part-source a")?.GetAttribute("href"));
        Assert.Empty(page.PartLabels);
    }
}
