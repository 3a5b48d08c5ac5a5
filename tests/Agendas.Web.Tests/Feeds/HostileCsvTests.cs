using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Feeds;

/// <summary>A letter whose item opens with a spreadsheet formula: the CSV files carry it as text, the feeds as plain text.</summary>
public sealed class HostileCsvTests : IClassFixture<HostileCsvTests.AppWithAFormulaLetter>, IDisposable
{
    private readonly AppWithAFormulaLetter _app;
    private readonly HttpClient _client;

    public HostileCsvTests(AppWithAFormulaLetter app, ITestOutputHelper output)
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
    public async Task A_formula_in_a_letter_comes_back_from_the_csv_with_an_apostrophe_in_front()
    {
        var download = await Download.GetAsync(_client, "/onderwerpen/rusland.csv");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        var (_, rows) = TopicCsvTests.Read(download.Body);
        var row = Assert.Single(rows);
        Assert.Equal("'=HYPERLINK(\"http://aanvaller.example\";\"Oekraïne\") is geen formule.", row[6]);
    }

    [Fact]
    public async Task A_formula_in_a_letter_comes_back_from_the_search_csv_with_an_apostrophe_in_front()
    {
        var download = await Download.GetAsync(_client, "/zoeken.csv?q=HYPERLINK");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        var (_, rows) = TopicCsvTests.Read(download.Body);
        var row = Assert.Single(rows);
        Assert.StartsWith("'=HYPERLINK(\"http://aanvaller.example\";\"Oekraïne\") is geen formule.", row[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_feed_carries_the_text_as_plain_text()
    {
        var feed = (await Download.GetAsync(_client, "/zoeken/feed?q=HYPERLINK")).Feed;

        var item = Assert.Single(feed.Items);
        Assert.Equal("text", item.Summary.Type);
        Assert.Contains("=HYPERLINK(\"http://aanvaller.example\";\"Oekraïne\") is geen formule. Ook <b>vet</b>", item.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_carries_the_same_text_as_plain_text()
    {
        var feed = (await Download.GetAsync(_client, "/onderwerpen/rusland/feed")).Feed;

        var item = Assert.Single(feed.Items);
        Assert.Equal("text", item.Summary.Type);
        Assert.Contains("=HYPERLINK(\"http://aanvaller.example\";\"Oekraïne\") is geen formule. Ook <b>vet</b>", item.Summary.Text, StringComparison.Ordinal);
    }

    /// <summary>The app over a seed folder holding only the letter with the formula.</summary>
    public sealed class AppWithAFormulaLetter : AgendasAppFactory
    {
        public const string Text = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 10 mei 2019

            Hierbij ontvangt u de geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken
            op 14 mei 2019 in Brussel.

            Rusland

            =HYPERLINK("http://aanvaller.example";"Oekraïne") is geen formule. Ook <b>vet</b> is geen opmaak. De bondgenoten
            spreken over Rusland.

            """;

        private readonly TempDirectory _seeds = new();

        public AppWithAFormulaLetter()
        {
            File.WriteAllText(Path.Combine(_seeds.Path, "formule.txt"), Text);
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
