using System.Net;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Meetings;

/// <summary>Addresses that lead elsewhere: the citation form of a letter, and slugs a re-import changed.</summary>
public sealed class RedirectTests
{
    [Theory]
    [InlineData("/kst-28676-266")]
    [InlineData("/KST-28676-266")]
    public async Task Kamerstuk_address_leads_to_the_letter_of_29_March_2017(string path)
    {
        using var app = new AgendasAppFactory();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/documenten/2017-03-31-buitenlandse-zaken-agenda", response.Headers.Location?.OriginalString);
        var letter = await FetchedPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("29 maart 2017", FetchedPage.Text(letter.Main.QuerySelector("time[datetime='2017-03-29']")));
    }

    [Fact]
    public async Task Renumbered_session_answers_301_from_its_old_address_and_keeps_the_query()
    {
        using var seeds = new TempDirectory();
        string letter = Path.Combine(seeds.Path, "agenda.txt");
        await File.WriteAllTextAsync(letter, Letter(withRussia: true));
        using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        const string meeting = "/vergaderingen/2019-05-14-buitenlandse-zaken";
        Assert.Equal(HttpStatusCode.OK, (await FetchedPage.GetAsync(client, meeting + "/sessie-2")).Status);

        // The corrected letter drops the session on Russia: China becomes session 1.
        await File.WriteAllTextAsync(letter, Letter(withRussia: false));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<LetterImporter>().ImportAsync([letter]);
            Assert.Equal(1, summary.Updated);
        }

        // The page cache drops the old session page once it sees the import's data version (within a poll interval).
        using var response = await Eventually.GetAsync(client, meeting + "/sessie-2?bron=memo", r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(meeting + "/sessie-1?bron=memo", response.Headers.Location?.OriginalString);
        var moved = await SessionPage.LoadAsync(client, "2019-05-14-buitenlandse-zaken", 1);
        Assert.Equal("Sessie 1: China", moved.Page.Heading);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(meeting + "/sessie-3", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Renamed_item_anchor_is_carried_to_the_page_for_its_script()
    {
        using var seeds = new TempDirectory();
        string letter = Path.Combine(seeds.Path, "agenda.txt");
        await File.WriteAllTextAsync(letter, Letter(withRussia: true));
        using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        await File.WriteAllTextAsync(letter, Letter(withRussia: true).Replace("\nChina\n", "\nChina en Indo-Pacific\n", StringComparison.Ordinal));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<LetterImporter>().ImportAsync([letter])).Updated);
        }

        var page = await SessionPage.LoadAsync(client, "2019-05-14-buitenlandse-zaken", 2);
        Assert.Equal([("china-en-indo-pacific", "China en Indo-Pacific")], page.Items);
        var map = page.Page.Document.GetElementById("verplaatste-ankers");
        Assert.Equal("application/json", map?.GetAttribute("type"));
        var moved = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(map!.TextContent);
        Assert.Equal("/vergaderingen/2019-05-14-buitenlandse-zaken/sessie-2#china-en-indo-pacific", moved?["china"]);
        Assert.Contains(page.Page.Document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/anchors.", StringComparison.Ordinal));
    }

    private static string Letter(bool withRussia) => $"""
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 10 mei 2019

        Geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 14 mei 2019 in Brussel.
        {(withRussia ? """

        SESSIE 1: Rusland

        Rusland

        De bondgenoten spreken over Rusland en over de dreiging die van Rusland uitgaat.
        """ : "")}

        SESSIE {(withRussia ? 2 : 1)}: China

        China

        De ministers bespreken de opkomst van China en de gevolgen voor het bondgenootschap.

        De Minister van Buitenlandse Zaken,
        S.A. Blok

        """;
}
