using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Meetings;

/// <summary>
/// A meeting with an agenda (seed 004) and a report written for this test: session 1 shows the agenda's annotation
/// ("vooraf") and the report's account ("achteraf") as two labelled parts. The report has an item of the same name
/// as one of the agenda's and a footnote 1 of its own, so anchors must stay unique.
/// </summary>
public sealed class AgendaAndReportSessionTests(AgendaAndReportSessionTests.AppWithAReport app) : IClassFixture<AgendaAndReportSessionTests.AppWithAReport>
{
    private const string Meeting = "2017-03-31-buitenlandse-zaken";

    [Fact]
    public async Task Session_shows_the_agenda_before_and_the_report_after_as_labelled_parts()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, Meeting, 1);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Vooraf: de geannoteerde agenda", "Achteraf: het verslag"], page.PartLabels);
        var sources = page.Page.Main.QuerySelectorAll(".session-part .part-source a").Select(a => a.GetAttribute("href"));
        Assert.Equal([$"/documenten/{Meeting}-agenda", $"/documenten/{Meeting}-verslag"], sources);
        Assert.Equal(
            ["trans-atlantische-betrekkingen", "rol-van-de-navo-op-het-gebied-van-terrorismebestrijding", "westelijke-balkan",
             "achteraf-westelijke-balkan", "rusland"],
            page.Items.Select(i => i.Id));
        Assert.NotNull(page.Page.Main.QuerySelector(".session-part-achteraf section.item[id='achteraf-westelijke-balkan']"));
        Assert.Equal(["achteraf-westelijke-balkan-p1"], page.ParagraphIds("achteraf-westelijke-balkan"));
    }

    [Fact]
    public async Task Report_footnote_is_linked_both_ways_within_its_part()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, Meeting, 1);

        var reference = Assert.Single(page.Page.Main.QuerySelectorAll(SessionPage.Selectors.FootnoteRef));
        Assert.Equal("#achteraf-voetnoot-1", reference.GetAttribute("href"));
        var note = page.Page.Document.GetElementById("achteraf-voetnoot-1");
        Assert.NotNull(note);
        Assert.NotNull(note.Closest(".session-part-achteraf"));
        Assert.Equal("#" + reference.Id, note.QuerySelector(SessionPage.Selectors.FootnoteBack)?.GetAttribute("href"));
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-28676-250.html", note.QuerySelector(SessionPage.Selectors.KamerstukLink)?.GetAttribute("href"));
    }

    [Fact]
    public async Task Meeting_page_lists_both_letters_and_links_report_items_to_their_anchors()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, $"/vergaderingen/{Meeting}");

        Assert.Equal(2, page.Main.QuerySelectorAll("article.letter").Length);
        var items = page.Main.QuerySelectorAll("ol.sessions > li")[0].QuerySelectorAll("ul.session-items > li").ToList();
        var report = items.Where(i => i.QuerySelector(".item-part")?.TextContent.Contains("achteraf", StringComparison.Ordinal) == true)
            .Select(i => i.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal([$"/vergaderingen/{Meeting}/sessie-1#achteraf-westelijke-balkan", $"/vergaderingen/{Meeting}/sessie-1#rusland"], report);
    }

    [Fact]
    public async Task Topic_timeline_links_each_item_to_the_anchor_it_has_on_the_session_page()
    {
        using var client = app.CreateClient();
        var topic = await Topics.TopicPage.LoadAsync(client, "westelijke-balkan");
        var session = await SessionPage.LoadAsync(client, Meeting, 1);

        var hrefs = topic.Entries.Select(e => e.Href).ToList();
        Assert.Equal([$"/vergaderingen/{Meeting}/sessie-1#westelijke-balkan", $"/vergaderingen/{Meeting}/sessie-1#achteraf-westelijke-balkan"], hrefs);
        Assert.All(hrefs, href => Assert.NotNull(session.Item(href.Split('#')[1])));
    }

    /// <summary>Seed 004 and a report about the same meeting, in a seed folder of their own.</summary>
    public sealed class AppWithAReport : AgendasAppFactory
    {
        public const string Report = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 6 april 2017

            Verslag van de bijeenkomst van NAVO-ministers van Buitenlandse Zaken van
            31 maart 2017 in Brussel.

            Westelijke Balkan

            De ministers spraken over de Westelijke Balkan en over de toetreding van
            Montenegro, waarover de Kamer eerder werd geïnformeerd in april1. Nederland
            steunde de lijn van de Secretaris-generaal.

            Rusland

            Tijdens de werklunch spraken de ministers over de relatie van de NAVO met
            Rusland. Nederland benadrukte het belang van dialoog met China.

            De Minister van Buitenlandse Zaken,
            A.G. Koenders

            1 Kamerstuk 28 676, nr. 250

            """;

        private readonly TempDirectory _seeds = new();

        public AppWithAReport()
        {
            const string agenda = "004_693843c5837e85b5.txt";
            File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", agenda), Path.Combine(_seeds.Path, agenda));
            File.WriteAllText(Path.Combine(_seeds.Path, "verslag-2017-03-31.txt"), Report);
            Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = _seeds.Path };
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _seeds.Dispose();
            }
        }
    }
}
