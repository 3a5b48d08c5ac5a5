using System.Net;
using Agendas.Web.Feeds;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Feeds;

/// <summary>A search's results as CSV (<c>/zoeken.csv</c>) over the five seeds, read back with CsvHelper.</summary>
public sealed class SearchCsvTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public SearchCsvTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Search_csv_starts_with_a_bom_and_has_every_result_in_the_order_of_the_page()
    {
        var download = await Download.GetAsync(_client, "/zoeken.csv?q=Rusland");
        var page = await FetchedPage.GetAsync(_client, "/zoeken?q=Rusland");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("text/csv; charset=utf-8", download.ContentType);
        Assert.Equal(Utf8Bom, download.Body.Take(3));
        Assert.NotNull(download.ETag);
        var (header, rows) = TopicCsvTests.Read(download.Body);
        Assert.Equal(SearchCsv.Header, header);
        var pageLinks = page.Main.QuerySelectorAll("li.search-result .result-heading a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(pageLinks);
        // The page shows the first 20; the file holds them all, the page's first in the page's order.
        Assert.Equal(pageLinks, rows.Take(pageLinks.Count).Select(r => new Uri(r[6]).PathAndQuery + new Uri(r[6]).Fragment));
    }

    [Fact]
    public async Task Search_csv_keeps_the_accents()
    {
        var (_, rows) = TopicCsvTests.Read((await Download.GetAsync(_client, "/zoeken.csv?q=Kuleba")).Body);

        var row = Assert.Single(rows);
        Assert.Equal("2022-11-29", row[0]);
        Assert.Equal("Buitenlandse Zaken", row[1]);
        Assert.Equal("Sessie 2: Informeel diner Rusland/Oekraïne", row[3]);
        Assert.Equal("geannoteerde agenda", row[4]);
        Assert.Equal("Informeel diner Rusland/Oekraïne", row[5]);
        Assert.Equal("http://localhost/vergaderingen/2022-11-29-buitenlandse-zaken/sessie-2", row[6]);
        Assert.Contains("de Russische agressie tegen Oekraïne", row[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_request_with_its_etag_gets_304()
    {
        var first = await Download.GetAsync(_client, "/zoeken.csv?q=China");
        var again = await Download.GetAsync(_client, "/zoeken.csv?q=China", r => r.Headers.TryAddWithoutValidation("If-None-Match", first.ETag));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Body);
    }
}
