using System.Net;
using System.Security.Cryptography;
using System.Text;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Documents;

/// <summary>Issue 7, "nothing lost on update": a letter's page lists its versions, and an earlier text can be read.</summary>
public sealed class LetterVersionsTests(ITestOutputHelper output)
{
    private const string Slug = "2019-05-14-buitenlandse-zaken-agenda";
    private const string First = "De ministers bespreken de opkomst van China.";
    private const string Second = "De ministers bespreken de opkomst van China en de gevolgen voor het bondgenootschap.";

    [Fact]
    public async Task A_letter_imported_once_has_one_version()
    {
        using var app = await StartAsync(First);
        using var client = app.CreateClient();

        var page = await DocumentPage.LoadAsync(client, Slug);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var versions = page.Page.Main.QuerySelectorAll(".document-version");
        Assert.Single(versions);
        Assert.Equal("Versie 1 (huidige versie, hieronder)", FetchedPage.Text(versions[0].QuerySelector(".version-name")));
        Assert.NotNull(page.Page.Main.QuerySelector(".single-version"));
    }

    [Fact]
    public async Task A_changed_letter_lists_the_current_version_first_and_links_the_earlier_one()
    {
        using var app = await StartAsync(First);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await UpdateAsync(app, Second);

        var page = await DocumentPageAfterImportAsync(client);

        var versions = page.Page.Main.QuerySelectorAll(".document-version");
        Assert.Equal(2, versions.Length);
        Assert.Equal("Versie 2 (huidige versie, hieronder)", FetchedPage.Text(versions[0].QuerySelector(".version-name")));
        Assert.Equal(Hash(Letter(Second)), FetchedPage.Text(versions[0].QuerySelector(".content-hash")));
        var earlier = versions[1].QuerySelector("a.version-name");
        Assert.Equal(("Versie 1", $"/documenten/{Slug}/versies/1"), (FetchedPage.Text(earlier), earlier?.GetAttribute("href")));
        Assert.Equal(Hash(Letter(First)), FetchedPage.Text(versions[1].QuerySelector(".content-hash")));
        Assert.Equal(2, versions[1].QuerySelectorAll("time").Length);
    }

    [Fact]
    public async Task The_earlier_version_page_shows_the_replaced_text_exactly()
    {
        using var app = await StartAsync(First);
        using var client = app.CreateClient();
        await UpdateAsync(app, Second);
        await DocumentPageAfterImportAsync(client);

        var version = await FetchedPage.GetAsync(client, $"/documenten/{Slug}/versies/1");

        Assert.Equal(HttpStatusCode.OK, version.Status);
        Assert.Equal(Letter(First), version.Main.QuerySelector("pre.source-text")?.TextContent);
        Assert.Equal($"/documenten/{Slug}", version.Main.QuerySelector(".lead a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/versies/2")]
    [InlineData("/versies/0")]
    [InlineData("/versies/abc")]
    public async Task A_version_that_is_not_an_earlier_one_is_not_found(string suffix)
    {
        using var app = await StartAsync(First);
        using var client = app.CreateClient();
        await UpdateAsync(app, Second);

        using var response = await client.GetAsync(new Uri($"/documenten/{Slug}{suffix}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<AgendasAppFactory> StartAsync(string chinaText)
    {
        var seeds = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(seeds.Path, "agenda.txt"), Letter(chinaText));
        var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        app.Logs.Output = output;
        return app;
    }

    private static async Task UpdateAsync(AgendasAppFactory app, string chinaText)
    {
        using var folder = new TempDirectory();
        string file = Path.Combine(folder.Path, "agenda-gecorrigeerd.txt");
        await File.WriteAllTextAsync(file, Letter(chinaText));
        // The app creates the database at its first request: make sure it has started before the import.
        _ = app.Services;
        await using var scope = app.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<LetterImporter>().ImportAsync([file]);
        Assert.Equal(1, summary.Updated);
    }

    /// <summary>The page once the cache noticed the import (the data version poll).</summary>
    private static async Task<DocumentPage> DocumentPageAfterImportAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var page = await DocumentPage.LoadAsync(client, Slug);
            if (page.Page.Main.QuerySelectorAll(".document-version").Length > 1 || DateTime.UtcNow > deadline)
            {
                return page;
            }
            await Task.Delay(100);
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Letter(string chinaText) => $"""
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 10 mei 2019

        Geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 14 mei 2019 in Brussel.

        SESSIE 1: China

        China

        {chinaText}

        De Minister van Buitenlandse Zaken,
        S.A. Blok

        """;
}
