using System.Net;
using Agendas.Web.Feeds;
using Agendas.Web.Tests.Infrastructure;
using Agendas.Web.Tests.Topics;
using CsvHelper;

namespace Agendas.Web.Tests.Feeds;

/// <summary>A topic's timeline as CSV, read back with CsvHelper.</summary>
public sealed class TopicCsvTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public TopicCsvTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task China_csv_starts_with_a_bom_and_has_one_row_per_entry_of_the_topic_page()
    {
        var download = await Download.GetAsync(_client, "/onderwerpen/china.csv");
        var page = await TopicPage.LoadAsync(_client, "china");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("text/csv; charset=utf-8", download.ContentType);
        Assert.Equal(Utf8Bom, download.Body.Take(3));
        var (header, rows) = Read(download.Body);
        Assert.Equal(TopicCsv.Header, header);
        Assert.Equal(page.Entries.Count, rows.Count);
        Assert.Equal(
            page.Entries.Select(e => e.Href).Order(StringComparer.Ordinal),
            rows.Select(r => new Uri(r[5]).PathAndQuery + new Uri(r[5]).Fragment).Order(StringComparer.Ordinal));
        // Newest meeting first.
        Assert.Equal(rows.Select(r => r[0]).OrderDescending(StringComparer.Ordinal), rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Rusland_csv_keeps_the_accents_and_gives_first_sentences()
    {
        var (_, rows) = Read((await Download.GetAsync(_client, "/onderwerpen/rusland.csv")).Body);

        var ukraine = rows.First(r => r[4] == "Rusland-Oekraïne");
        Assert.Equal("2022-11-29", ukraine[0]);
        Assert.Equal("Buitenlandse Zaken", ukraine[1]);
        Assert.Equal("NAVO-ministers van Buitenlandse Zaken, 29–30 november 2022", ukraine[2]);
        Assert.Equal("Sessie 1", ukraine[3]);
        Assert.Equal("http://localhost/vergaderingen/2022-11-29-buitenlandse-zaken/sessie-1", ukraine[5]);
        Assert.Equal("In deze sessie zullen Ministers met elkaar spreken over de Russische oorlog in Oekraïne.", ukraine[6]);
    }

    [Fact]
    public async Task Unknown_topic_has_no_csv_and_the_topic_page_links_its_csv()
    {
        var download = await Download.GetAsync(_client, "/onderwerpen/bestaat-niet.csv");
        var page = await TopicPage.LoadAsync(_client, "china");

        Assert.Equal(HttpStatusCode.NotFound, download.Status);
        Assert.Equal("/onderwerpen/china.csv", page.Page.Main.QuerySelector("a.csv-link")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+31 70 348 6486")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tverborgen")]
    [InlineData("\r=1+1")]
    public void A_cell_that_a_spreadsheet_would_run_comes_back_with_an_apostrophe_in_front(string cell)
    {
        string[] row = ["2020-12-01", "Buitenlandse Zaken", "NAVO-ministers", "Sessie 1", cell, "http://localhost/x", "Oekraïne"];

        var (_, rows) = Read(CsvFile.Write(TopicCsv.Header, [row]));

        Assert.Equal(["2020-12-01", "Buitenlandse Zaken", "NAVO-ministers", "Sessie 1", "'" + cell, "http://localhost/x", "Oekraïne"], Assert.Single(rows));
    }

    internal static (string[] Header, List<string[]> Rows) Read(byte[] body)
    {
        using var reader = CsvReader.Create(body);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }
        return ([.. reader.Headers], rows);
    }
}
