using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// One session of a meeting, the page memos link to: its items with paragraph anchors, footnotes and cross-links,
/// and a citation with its permalink. A meeting with an agenda and a report shows the agenda's annotation
/// ("vooraf") and the report's account ("achteraf") of the same session number as two labelled parts.
/// </summary>
internal sealed class SessionModel(AgendasDbContext db, TopicVocabulary vocabulary, Permalinks permalinks) : PageModel
{
    public MeetingHeader Meeting { get; private set; } = null!;

    public int Number { get; private set; }

    /// <summary><c>Sessie 2: China</c>.</summary>
    public string Heading { get; private set; } = "";

    public DateOnly? Date { get; private set; }

    public IReadOnlyList<RenderedPart> Parts { get; private set; } = [];

    public string Permalink { get; private set; } = "";

    /// <summary>«Geannoteerde agenda NAVO ministeriële 1 en 2 december 2020, sessie 2: China, https://…».</summary>
    public string Citation { get; private set; } = "";

    /// <summary>Renamed item anchors of this session as JSON, for <c>/js/anchors.js</c>; null when none moved.</summary>
    public string? MovedAnchorsJson { get; private set; }

    public SessionLink? Previous { get; private set; }

    public SessionLink? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(string meeting, int number, CancellationToken ct)
    {
        var header = await MeetingHeader.LoadAsync(db, meeting, ct);
        var sessions = header is null ? [] : await SessionRows.LoadAsync(db, header.Id, number, ct);
        if (header is null || sessions.Count == 0)
        {
            return await VanishedSessions.TargetAsync(db, meeting, number, ct) is { } target ? RedirectPermanent(target) : NotFound();
        }
        Meeting = header;
        Number = number;
        var first = sessions[0];
        string? subject = MeetingNames.SessionSubject(
            sessions.Select(s => s.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
            [.. sessions.SelectMany(s => s.Items).Select(i => i.Heading).Distinct(StringComparer.Ordinal)]);
        Heading = MeetingNames.Session(number, subject);
        Date = sessions.Select(s => s.Date).FirstOrDefault(d => d is not null);
        Parts = SessionRenderer.Render(sessions, vocabulary);

        string path = SitePaths.Session(meeting, $"sessie-{number}");
        Permalink = permalinks.Absolute(Request, path);
        MovedAnchorsJson = await MovedAnchors.JsonAsync(db, path, ct);
        Citation = $"{first.DocumentTitle}, {char.ToLowerInvariant(Heading[0])}{Heading[1..]}, {Permalink}";

        var numbers = await db.Sessions.AsNoTracking()
            .Where(s => s.Document.MeetingId == header.Id)
            .Select(s => new { s.Number, s.Title })
            .ToListAsync(ct);
        var neighbours = numbers.GroupBy(s => s.Number)
            .Select(g => new SessionLink(meeting, g.Key, g.Select(s => s.Title).FirstOrDefault(t => t is not null)))
            .OrderBy(s => s.Number)
            .ToList();
        Previous = neighbours.LastOrDefault(s => s.Number < number);
        Next = neighbours.FirstOrDefault(s => s.Number > number);
        return Page();
    }
}

/// <summary>The meeting a page belongs to, as its header and breadcrumbs show it.</summary>
internal sealed record MeetingHeader(int Id, string Slug, IReadOnlyList<string> Councils, DateOnly StartDate, DateOnly EndDate, string? Location, bool Virtual)
{
    public string Href => SitePaths.Meeting(Slug);

    /// <summary><c>NAVO-ministers van Buitenlandse Zaken, 1–2 december 2020</c>.</summary>
    public string Title => MeetingNames.Meeting(Councils, StartDate, EndDate);

    public string Dates => DutchFormat.DateRange(StartDate, EndDate);

    public string Council => DutchFormat.Councils(Councils);

    public string Place => MeetingNames.Place(Location, Virtual);

    public static Task<MeetingHeader?> LoadAsync(AgendasDbContext db, string slug, CancellationToken ct) =>
        db.Meetings.AsNoTracking()
            .Where(m => m.Slug == slug)
            .Select(m => new MeetingHeader(m.Id, m.Slug, m.Councils, m.StartDate, m.EndDate, m.Location, m.Virtual))
            .FirstOrDefaultAsync(ct);
}

/// <summary>A link to another session of the same meeting.</summary>
internal sealed record SessionLink(string MeetingSlug, int Number, string? Title)
{
    public string Href => SitePaths.Session(MeetingSlug, $"sessie-{Number}");

    public string Label => MeetingNames.Session(Number, Title);
}
