using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Feeds;

/// <summary>/gegevens explains the feeds, the calendar, the CSV files, the API and the download, and every example on it works.</summary>
public sealed class DataPageTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public DataPageTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Footer_of_every_page_links_to_the_data_page()
    {
        var home = await FetchedPage.GetAsync(_client, "/");
        var link = home.Document.QuerySelector("footer a[href='/gegevens']");

        Assert.NotNull(link);
        Assert.Equal("Data en abonnementen", link.TextContent);
    }

    [Fact]
    public async Task Data_page_has_a_section_for_feeds_calendar_and_csv()
    {
        var page = await FetchedPage.GetAsync(_client, "/gegevens");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Data en abonnementen", page.Heading);
        Assert.Equal(
            [
                "Feeds: op de hoogte blijven", "Agenda: de vergaderingen in uw kalender", "CSV: een tijdlijn of zoekresultaten in een spreadsheet",
                "API: de gegevens in uw eigen programma", "Download: alle brieven in één bestand",
            ],
            page.Main.QuerySelectorAll("h2").Select(FetchedPage.Text));
    }

    [Fact]
    public async Task Data_page_names_every_address_of_the_json_api_and_each_answers()
    {
        var page = await FetchedPage.GetAsync(_client, "/gegevens");

        Assert.Equal(
            [
                "/api/vergaderingen", "/api/vergaderingen/2020-12-01-buitenlandse-zaken", "/api/onderwerpen", "/api/onderwerpen/rusland",
                "/api/documenten", "/api/zoeken?q=Oekra%C3%AFne", "/openapi/v1.json", "/api/documentatie/",
            ],
            page.Main.QuerySelectorAll("code.api-url").Select(c => new Uri(c.TextContent).PathAndQuery));
        foreach (var address in page.Main.QuerySelectorAll("code.api-url").Select(c => new Uri(c.TextContent)))
        {
            var download = await Download.GetAsync(_client, address.PathAndQuery);
            Assert.True(download.Status == HttpStatusCode.OK, $"{address} answers {download.Status}");
        }
    }

    [Fact]
    public async Task Every_example_address_is_absolute_and_answers()
    {
        var page = await FetchedPage.GetAsync(_client, "/gegevens");
        var examples = page.Main.QuerySelectorAll("code.example-url").Select(c => new Uri(c.TextContent)).ToList();

        Assert.Equal(
            [
                "/onderwerpen/rusland/feed", "/vergaderingen/feed", "/zoeken/feed?q=Oekra%C3%AFne&soort=verslag", "/vergaderingen.ics",
                "/vergaderingen/2022-11-29-buitenlandse-zaken.ics", "/onderwerpen/china.csv", "/zoeken.csv?q=cyber*", "/downloads/agendas.zip",
            ],
            examples.Select(e => e.PathAndQuery));
        foreach (var example in examples)
        {
            Assert.Equal("http://localhost", example.GetLeftPart(UriPartial.Authority));
            var download = await Download.GetAsync(_client, example.PathAndQuery);
            Assert.True(download.Status == HttpStatusCode.OK, $"{example} answers {download.Status}");
        }
    }
}
