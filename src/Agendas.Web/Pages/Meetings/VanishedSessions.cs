using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Hosting;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// A session a corrected letter no longer has (the importer recorded its address as leading to the meeting): its
/// address leads to the meeting page, which says in a note which session is gone, instead of a 404 or a silent jump.
/// </summary>
internal static class VanishedSessions
{
    /// <summary>The query key the meeting page reads: <c>?verdwenen-sessie=3</c>.</summary>
    public const string QueryKey = "verdwenen-sessie";

    /// <summary>The highest session number the note accepts; anything else in the query is ignored.</summary>
    private const int MaxNumber = 99;

    /// <summary>The meeting page (with the note) for a session address that vanished; null when it did not.</summary>
    public static async Task<string?> TargetAsync(AgendasDbContext db, string meetingSlug, int number, CancellationToken ct)
    {
        string path = SitePaths.Session(meetingSlug, $"sessie-{number}");
        string? target = await SlugRedirects.NewPathAsync(db, path, ct);
        // A renumbered session leads to its new number: the slug redirects answer that one as they always did.
        bool toMeeting = target is not null && !target.Contains('#', StringComparison.Ordinal)
            && target.StartsWith("/vergaderingen/", StringComparison.Ordinal) && target.Count(c => c == '/') == 2;
        return toMeeting ? $"{target}?{QueryKey}={number}" : null;
    }

    /// <summary>The vanished session number the meeting page was sent here with, when it is a plausible one.</summary>
    public static int? FromQuery(Microsoft.AspNetCore.Http.IQueryCollection query) =>
        int.TryParse(query[QueryKey], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= MaxNumber
            ? n
            : null;
}
