using System.Net;
using System.Security.Cryptography;
using Agendas.Core.Text;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Documents;

/// <summary>/documenten/{slug}: each seed letter as imported, with its metadata and its source text.</summary>
public sealed class DocumentPageTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public DocumentPageTests(AgendasAppFactory app, ITestOutputHelper output)
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

    [Theory]
    [InlineData("000_755643963f92a194.txt", "2020-12-01-buitenlandse-zaken-agenda")]
    [InlineData("001_0eaa6607556f058b.txt", "2021-06-01-buitenlandse-zaken-en-defensie-agenda")]
    [InlineData("002_c5f30c3a1f87c5b2.txt", "2021-03-23-buitenlandse-zaken-verslag")]
    [InlineData("003_c7ef2874810d3985.txt", "2022-11-29-buitenlandse-zaken-agenda")]
    [InlineData("004_693843c5837e85b5.txt", "2017-03-31-buitenlandse-zaken-agenda")]
    public async Task Each_seed_letter_shows_its_source_text_exactly_and_its_file(string file, string slug)
    {
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "seeds", file));
        string text = LetterDecoder.Decode(bytes).Text!;

        var page = await DocumentPage.LoadAsync(_client, slug);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.SourceText);
        Assert.Equal(text, page.SourceText.TextContent);
        Assert.Equal(file, page.FieldText("Bestand").Split(' ')[0]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), page.FieldText("Controlegetal (SHA-256)"));
        Assert.NotEmpty(page.FieldText("Ingelezen"));
        Assert.NotNull(page.Page.Main.QuerySelector(DocumentPage.Selectors.NoWarnings));
        // Its meeting, linked: the slug of a letter starts with its meeting's.
        string meeting = slug[..slug.LastIndexOf('-')];
        Assert.Equal($"/vergaderingen/{meeting}", page.Field("Vergadering")?.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Agenda_of_31_March_2017_shows_its_letter_date_addressee_Kamerstuk_and_signatory()
    {
        var page = await DocumentPage.LoadAsync(_client, "2017-03-31-buitenlandse-zaken-agenda");

        Assert.Equal("Geannoteerde agenda NAVO-bijeenkomst van ministers van Buitenlandse Zaken, 31 maart 2017", page.Page.Heading);
        Assert.Equal("Geannoteerde agenda", page.FieldText("Soort"));
        Assert.Equal("29 maart 2017", page.FieldText("Datum van de brief"));
        Assert.Equal("2017-03-29", page.Field("Datum van de brief")?.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("Tweede Kamer", page.FieldText("Aan"));
        Assert.Equal("31 maart 2017, Buitenlandse Zaken", page.FieldText("Vergadering"));

        var kamerstuk = page.Field("Kamerstuk")?.QuerySelector("a");
        Assert.NotNull(kamerstuk);
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-28676-266.html", kamerstuk.GetAttribute("href"));
        Assert.Equal("28 676, nr. 266", kamerstuk.TextContent.Trim());

        var signatory = Assert.Single(page.Field("Ondertekend door")!.QuerySelectorAll("li"));
        Assert.Equal("A.G. Koenders, Minister van Buitenlandse Zaken", FetchedPage.Text(signatory));
    }

    [Fact]
    public async Task Report_of_March_2021_names_the_Eerste_Kamer_its_reference_and_says_what_it_lacks()
    {
        var page = await DocumentPage.LoadAsync(_client, "2021-03-23-buitenlandse-zaken-verslag");

        Assert.Equal("Verslag", page.FieldText("Soort"));
        Assert.Equal("1 april 2021", page.FieldText("Datum van de brief"));
        Assert.Equal("Eerste Kamer", page.FieldText("Aan"));
        Assert.Equal("BZDOC-1649422007-40", page.FieldText("Kenmerk"));
        Assert.Equal("niet vermeld", page.FieldText("Kamerstuk"));
        Assert.Null(page.Field("Kamerstuk")?.QuerySelector("a"));
        Assert.Equal("Stef Blok, Minister van Buitenlandse Zaken", page.FieldText("Ondertekend door"));
    }

    [Theory]
    [InlineData("/documenten/bestaat-niet")]
    [InlineData("/documenten/2017-03-31-buitenlandse-zaken")]
    public async Task Unknown_letter_answers_404_with_a_search_box(string path)
    {
        var page = await FetchedPage.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Pagina niet gevonden", page.Heading);
        Assert.Equal("/zoeken", page.ContentSearchForm?.GetAttribute("action"));
    }
}
