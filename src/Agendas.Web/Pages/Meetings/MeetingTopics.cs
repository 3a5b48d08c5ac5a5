using Agendas.Data;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Meetings;

/// <summary>The topic slugs of meetings, for the meeting list and /api/vergaderingen.</summary>
internal static class MeetingTopics
{
    /// <summary>
    /// Every topic a session or item of the meetings' letters is tagged with. Read from the sessions' own tag rows,
    /// which hold their items' topics too (the parser gives a session the union): from the meetings down by index,
    /// rather than working out the meeting of every tag row in the store and keeping these (0.1 s at 10,000 letters).
    /// </summary>
    public static async Task<ILookup<int, string>> LoadAsync(AgendasDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken ct)
    {
        var tags = await db.Documents.AsNoTracking()
            .Where(d => meetingIds.Contains(d.MeetingId))
            .SelectMany(d => d.Sessions.SelectMany(s => s.Topics.Where(t => t.ItemId == null)), (d, t) => new { d.MeetingId, t.Topic.Slug })
            .Distinct()
            .ToListAsync(ct);
        return tags.ToLookup(t => t.MeetingId, t => t.Slug);
    }
}
