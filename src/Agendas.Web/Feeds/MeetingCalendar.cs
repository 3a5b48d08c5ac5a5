using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Feeds;

/// <summary>
/// The meetings as an iCalendar file (RFC 5545, written by Ical.Net): <c>/vergaderingen.ics</c> with every meeting,
/// <c>/vergaderingen/{meeting}.ics</c> with one. Each meeting is an all-day event: DTSTART its first day, DTEND the day
/// after its last (the end of an all-day event is exclusive, RFC 5545 3.6.1).
/// </summary>
/// <remarks>
/// The UID is the meeting slug at the public host, so that a calendar that subscribed updates the event in place after
/// a re-import. DTSTAMP is the time the meeting's newest letter was imported, not the time of the request: the same
/// data gives the same file, which is what the entity tag promises.
/// </remarks>
internal static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static async Task<IResult> AllAsync(HttpContext context, AgendasDbContext db, Permalinks permalinks, CancellationToken ct)
    {
        if (await ConditionalGet.IsNotModifiedAsync(context, db, ct))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var meetings = await LoadAsync(db, slug: null, ct);
        return Write(permalinks.Absolute(context.Request, ""), meetings, "Agendas – NAVO-ministeriële vergaderingen");
    }

    public static async Task<IResult> OneAsync(string meeting, HttpContext context, AgendasDbContext db, Permalinks permalinks, CancellationToken ct)
    {
        // Before the validators: an unknown meeting is a 404 whatever the client holds.
        var meetings = await LoadAsync(db, meeting, ct);
        if (meetings.Count == 0)
        {
            return Results.NotFound();
        }
        if (await ConditionalGet.IsNotModifiedAsync(context, db, ct))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Write(permalinks.Absolute(context.Request, ""), meetings, MeetingNames.Meeting(meetings[0].Councils, meetings[0].StartDate, meetings[0].EndDate));
    }

    private static Task<List<MeetingRow>> LoadAsync(AgendasDbContext db, string? slug, CancellationToken ct) =>
        db.Meetings.AsNoTracking()
            .Where(m => slug == null || m.Slug == slug)
            .OrderBy(m => m.StartDate).ThenBy(m => m.Slug)
            .Select(m => new MeetingRow(m.Slug, m.StartDate, m.EndDate, m.Councils, m.Location, m.Virtual, m.Documents.Max(d => d.ImportedAt)))
            .ToListAsync(ct);

    private static IResult Write(string root, IReadOnlyList<MeetingRow> meetings, string name)
    {
        var calendar = new Calendar { ProductId = "-//Agendas//NAVO-ministeriële vergaderingen//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var meeting in meetings)
        {
            calendar.Events.Add(Event(root, meeting));
        }
        string text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        // Bytes, like the other formats: a file result sends no body to a HEAD request.
        return Results.Bytes(System.Text.Encoding.UTF8.GetBytes(text), ContentType);
    }

    private static CalendarEvent Event(string root, MeetingRow meeting)
    {
        string path = SitePaths.Meeting(meeting.Slug);
        string councils = DutchFormat.Councils(meeting.Councils);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Slug}@{new Uri(root).Host}",
            Summary = MeetingNames.Council(meeting.Councils),
            DtStart = new CalDateTime(meeting.StartDate),
            DtEnd = new CalDateTime(meeting.EndDate.AddDays(1)),
            // A meeting whose letters name no place and that was not virtual has no LOCATION rather than a guess.
            Location = meeting.Virtual ? "Videoconferentie" : meeting.Location,
            Url = new Uri(root + path),
            Description = $"{MeetingNames.Meeting(meeting.Councils, meeting.StartDate, meeting.EndDate)}. Raad: {councils}. {root + path}",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(meeting.LastImport, DateTimeKind.Utc)),
        };
        foreach (string council in meeting.Councils)
        {
            calendarEvent.Categories.Add(DutchFormat.Council(council));
        }
        return calendarEvent;
    }

    private sealed record MeetingRow(string Slug, DateOnly StartDate, DateOnly EndDate, List<string> Councils, string? Location, bool Virtual, DateTime LastImport);
}
