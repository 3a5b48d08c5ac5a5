using System.Net;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Api;

/// <summary>
/// A corrected letter that moves its meeting to another day renames the meeting and the letter; their old API
/// addresses answer 301 with the new ones, as their old pages do.
/// </summary>
public sealed class ApiMovedAddressTests
{
    private const string OldMeeting = "2019-05-14-buitenlandse-zaken";
    private const string NewMeeting = "2019-05-15-buitenlandse-zaken";

    [Fact]
    public async Task Old_api_addresses_of_a_moved_meeting_and_its_letter_answer_301_with_the_new_ones_and_keep_the_query()
    {
        using var seeds = new TempDirectory();
        string letter = Path.Combine(seeds.Path, "agenda.txt");
        await File.WriteAllTextAsync(letter, Letter(day: 14));
        using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await ApiCall.GetAsync(client, $"/api/vergaderingen/{OldMeeting}")).Status);

        // The same letter (its reference) corrected: the meeting was on the 15th.
        await File.WriteAllTextAsync(letter, Letter(day: 15));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<LetterImporter>().ImportAsync([letter])).Updated);
        }

        // The cache drops the old answer once it sees the import's data version (within a poll interval).
        using var meeting = await Eventually.GetAsync(client, $"/api/vergaderingen/{OldMeeting}?bron=memo", r => r.StatusCode != HttpStatusCode.OK);
        using var document = await client.GetAsync(new Uri($"/api/documenten/{OldMeeting}-agenda", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, meeting.StatusCode);
        Assert.Equal($"/api/vergaderingen/{NewMeeting}?bron=memo", meeting.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, document.StatusCode);
        Assert.Equal($"/api/documenten/{NewMeeting}-agenda", document.Headers.Location?.OriginalString);
        var moved = await ApiCall.GetAsync(client, meeting.Headers.Location!.OriginalString);
        Assert.Equal((HttpStatusCode.OK, NewMeeting), (moved.Status, moved.Body.GetProperty("slug").GetString()));
        // Only what the history holds moves: an unknown meeting is still the API's 404.
        var unknown = await ApiCall.GetAsync(client, "/api/vergaderingen/2019-05-16-buitenlandse-zaken");
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unknown.Status, unknown.MediaType));
    }

    private static string Letter(int day) => $"""
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 10 mei 2019

        Onze Referentie BZDOC-2019-0514

        Geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op {day} mei 2019 in Brussel.

        SESSIE 1: China

        China

        De ministers bespreken de opkomst van China en de gevolgen voor het bondgenootschap.

        De Minister van Buitenlandse Zaken,
        S.A. Blok

        """;
}
