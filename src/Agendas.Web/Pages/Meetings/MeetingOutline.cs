using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// A meeting's sessions and neighbours as the meeting page lists them, read once for the page and for
/// <c>/api/vergaderingen/{meeting}</c>: one session per number, the agenda's part before the report's, each item with
/// the anchor the session page gives it.
/// </summary>
internal static class MeetingOutline
{
    public static async Task<IReadOnlyList<OutlineSession>> SessionsAsync(AgendasDbContext db, MeetingHeader header, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Document.MeetingId == header.Id)
            .Select(s => new
            {
                s.Number,
                s.Title,
                s.Date,
                s.Document.Kind,
                s.Document.Ordinal,
                Topics = s.Topics.Where(t => t.ItemId == null).OrderBy(t => t.Ordinal).Select(t => t.Topic.Slug).ToList(),
                Items = s.Items.OrderBy(i => i.Ordinal).Select(i => new
                {
                    i.Slug,
                    i.Heading,
                    Topics = i.Topics.OrderBy(t => t.Ordinal).Select(t => t.Topic.Slug).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        bool both = sessions.Select(s => s.Kind).Distinct().Count() > 1;
        return [.. sessions
            .GroupBy(s => s.Number)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var parts = g.OrderBy(s => s.Kind == DocumentKind.Agenda ? 0 : 1).ThenBy(s => s.Ordinal).ToList();
                var headings = parts.SelectMany(p => p.Items).Select(i => i.Heading).Distinct(StringComparer.Ordinal).ToList();
                string? title = parts.Select(p => p.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                var link = new SessionLink(header.Slug, g.Key, MeetingNames.SessionSubject(title, headings));
                // The session page gives a report's item the agenda's anchor name only when the agenda has no such item.
                var agendaSlugs = parts.Where(p => p.Kind == DocumentKind.Agenda).SelectMany(p => p.Items).Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
                return new OutlineSession(
                    link,
                    title,
                    parts.Select(p => p.Date).FirstOrDefault(d => d is not null),
                    [.. parts.SelectMany(p => p.Topics).Distinct(StringComparer.Ordinal)],
                    [.. parts.SelectMany(p => p.Items.Select(i => new OutlineItem(
                        i.Slug,
                        (both && p.Kind == DocumentKind.Report && agendaSlugs.Contains(i.Slug) ? SessionRenderer.ReportAnchorPrefix : "") + i.Slug,
                        i.Heading,
                        p.Kind,
                        i.Topics)))]);
            })];
    }

    /// <summary>The meetings before and after, in (date, slug) order, one row each: never every meeting of the years.</summary>
    public static async Task<(MeetingLink? Previous, MeetingLink? Next)> NeighboursAsync(AgendasDbContext db, MeetingHeader header, CancellationToken ct)
    {
        var start = header.StartDate;
        string slug = header.Slug;
        var previous = await db.Meetings.AsNoTracking()
            .Where(m => m.StartDate < start || (m.StartDate == start && string.Compare(m.Slug, slug) < 0))
            .OrderByDescending(m => m.StartDate).ThenByDescending(m => m.Slug)
            .Select(m => new MeetingLink(m.Slug, m.Councils, m.StartDate, m.EndDate))
            .FirstOrDefaultAsync(ct);
        var next = await db.Meetings.AsNoTracking()
            .Where(m => m.StartDate > start || (m.StartDate == start && string.Compare(m.Slug, slug) > 0))
            .OrderBy(m => m.StartDate).ThenBy(m => m.Slug)
            .Select(m => new MeetingLink(m.Slug, m.Councils, m.StartDate, m.EndDate))
            .FirstOrDefaultAsync(ct);
        return (previous, next);
    }
}

/// <summary>A session of a meeting: its link (number and label), own title, date, topics and items.</summary>
internal sealed record OutlineSession(SessionLink Link, string? Title, DateOnly? Date, IReadOnlyList<string> Topics, IReadOnlyList<OutlineItem> Items);

/// <summary>An item of a session, with the anchor the session page gives it and the kind of letter it is from.</summary>
internal sealed record OutlineItem(string Slug, string Anchor, string Heading, DocumentKind Kind, IReadOnlyList<string> Topics);
