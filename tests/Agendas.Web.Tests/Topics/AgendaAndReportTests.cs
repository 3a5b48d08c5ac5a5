using System.Net;
using Agendas.Web.Tests.Documents;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Topics;

/// <summary>
/// A meeting with both an agenda (seed 004) and a report (a small letter written for this test): the topic page
/// lists the agenda's item before the report's, each labelled with its letter.
/// </summary>
public sealed class AgendaAndReportTests : IClassFixture<AgendaAndReportTests.AppWithAReport>, IDisposable
{
    private readonly AppWithAReport _app;
    private readonly HttpClient _client;

    public AgendaAndReportTests(AppWithAReport app, ITestOutputHelper output)
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
    public async Task Topic_page_lists_the_agenda_item_then_the_report_item_of_the_same_meeting()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        Assert.Equal([2017], page.Years);
        Assert.Equal(
            ["/vergaderingen/2017-03-31-buitenlandse-zaken/sessie-2#rusland", "/vergaderingen/2017-03-31-buitenlandse-zaken/sessie-1#rusland"],
            page.Entries.Select(e => e.Href));
        var letters = page.Page.Main.QuerySelectorAll(".timeline-entry .entry-letter").Select(e => e.TextContent.Trim());
        Assert.Equal(["geannoteerde agenda", "verslag"], letters);
        Assert.Equal([(2017, 2)], page.Bars);
    }

    [Fact]
    public async Task Report_has_a_page_of_its_own_that_links_to_the_same_meeting()
    {
        var report = await DocumentPage.LoadAsync(_client, "2017-03-31-buitenlandse-zaken-verslag");
        var agenda = await DocumentPage.LoadAsync(_client, "2017-03-31-buitenlandse-zaken-agenda");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (report.Status, agenda.Status));
        Assert.Equal("Verslag", report.FieldText("Soort"));
        Assert.Equal("6 april 2017", report.FieldText("Datum van de brief"));
        Assert.Equal(AppWithAReport.Report, report.SourceText?.TextContent);
        Assert.Equal(
            agenda.Field("Vergadering")?.QuerySelector("a")?.GetAttribute("href"),
            report.Field("Vergadering")?.QuerySelector("a")?.GetAttribute("href"));
    }

    /// <summary>Seed 004 and a report about the same meeting, in a seed folder of their own.</summary>
    public sealed class AppWithAReport : AgendasAppFactory
    {
        public const string Report = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 6 april 2017

            Verslag van de bijeenkomst van NAVO-ministers van Buitenlandse Zaken van
            31 maart 2017 in Brussel.

            Rusland

            Tijdens de werklunch spraken de ministers over de relatie van de NAVO met
            Rusland. Nederland benadrukte het belang van dialoog.

            De Minister van Buitenlandse Zaken,
            A.G. Koenders

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
