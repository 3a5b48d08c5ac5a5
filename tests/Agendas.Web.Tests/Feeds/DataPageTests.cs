using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Feeds;

/// <summary>/gegevens explains the feeds, the calendar and the CSV files, and every example on it works.</summary>
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
            ["Feeds: op de hoogte blijven", "Agenda: de vergaderingen in uw kalender", "CSV: een tijdlijn in een spreadsheet", "Binnenkort"],
            page.Main.QuerySelectorAll("h2").Select(FetchedPage.Text));
    }

    [Fact]
    public async Task Every_example_address_is_absolute_and_answers()
    {
        var page = await FetchedPage.GetAsync(_client, "/gegevens");
        var examples = page.Main.QuerySelectorAll("code.example-url").Select(c => new Uri(c.TextContent)).ToList();

        Assert.Equal(5, examples.Count);
        foreach (var example in examples)
        {
            Assert.Equal("http://localhost", example.GetLeftPart(UriPartial.Authority));
            var download = await Download.GetAsync(_client, example.PathAndQuery);
            Assert.True(download.Status == HttpStatusCode.OK, $"{example} answers {download.Status}");
        }
    }
}
