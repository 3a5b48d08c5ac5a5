using System.Net;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Meetings;

/// <summary>
/// Issue 7, "nothing lost on update": when a corrected letter drops a session, its address leads to the meeting page
/// with a visible note, never to a bare 404; the session page carries the note the script shows for a vanished anchor.
/// </summary>
public sealed class VanishedPartsTests(ITestOutputHelper output)
{
    private const string Meeting = "/vergaderingen/2019-05-14-buitenlandse-zaken";

    [Fact]
    public async Task A_session_the_corrected_letter_dropped_leads_to_its_meeting_with_a_note()
    {
        using var app = await StartWithCorrectedLetterAsync();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await Eventually.GetAsync(client, Meeting + "/sessie-3", r => r.StatusCode != HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Meeting + "?verdwenen-sessie=3", response.Headers.Location?.OriginalString);
        var meeting = await FetchedPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, meeting.Status);
        var note = meeting.Main.QuerySelector("#verdwenen-sessie");
        Assert.NotNull(note);
        Assert.StartsWith("U volgde een link naar sessie 3.", FetchedPage.Text(note), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_number_the_meeting_never_had_is_still_not_found()
    {
        using var app = await StartWithCorrectedLetterAsync();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(Meeting + "/sessie-7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?verdwenen-sessie=abc")]
    [InlineData("?verdwenen-sessie=-1")]
    [InlineData("?verdwenen-sessie=100000")]
    public async Task The_meeting_page_shows_no_note_without_a_plausible_session_number(string query)
    {
        using var app = await StartWithCorrectedLetterAsync();
        using var client = app.CreateClient();

        var meeting = await FetchedPage.GetAsync(client, Meeting + query);

        Assert.Equal(HttpStatusCode.OK, meeting.Status);
        Assert.Null(meeting.Main.QuerySelector("#verdwenen-sessie"));
    }

    [Fact]
    public async Task A_session_page_carries_the_hidden_note_and_the_script_for_anchors_it_no_longer_has()
    {
        using var app = await StartWithCorrectedLetterAsync();
        using var client = app.CreateClient();

        var session = await FetchedPage.GetAsync(client, Meeting + "/sessie-2");

        var note = session.Main.QuerySelector("#ontbrekend-anker");
        Assert.NotNull(note);
        Assert.True(note.HasAttribute("hidden"));
        Assert.Equal("/documenten/2019-05-14-buitenlandse-zaken-agenda#versies", note.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains(session.Document.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/anchors.", StringComparison.Ordinal));
    }

    /// <summary>The app over a letter of three sessions, then its correction without the third (on Ukraine).</summary>
    private async Task<AgendasAppFactory> StartWithCorrectedLetterAsync()
    {
        var seeds = new TempDirectory();
        string letter = Path.Combine(seeds.Path, "agenda.txt");
        await File.WriteAllTextAsync(letter, Letter(withUkraine: true));
        var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        app.Logs.Output = output;
        using (var client = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await FetchedPage.GetAsync(client, Meeting + "/sessie-3")).Status);
        }
        await File.WriteAllTextAsync(letter, Letter(withUkraine: false));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<LetterImporter>().ImportAsync([letter]);
            Assert.Equal(1, summary.Updated);
        }
        return app;
    }

    private static string Letter(bool withUkraine) => $"""
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 10 mei 2019

        Geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 14 mei 2019 in Brussel.

        SESSIE 1: Rusland

        Rusland

        De bondgenoten spreken over Rusland en over de dreiging die van Rusland uitgaat.

        SESSIE 2: China

        China

        De ministers bespreken de opkomst van China en de gevolgen voor het bondgenootschap.
        {(withUkraine ? """

        SESSIE 3: Oekraïne

        Oekraïne

        De ministers spreken met hun Oekraïense collega over de steun aan Oekraïne.
        """ : "")}

        De Minister van Buitenlandse Zaken,
        S.A. Blok

        """;
}
