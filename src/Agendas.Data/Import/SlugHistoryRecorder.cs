using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

/// <summary>
/// Keeps published links working when a corrected letter replaces its earlier version: every address of the
/// old version that no longer exists gets a row old → new, pointing at what became of it (the renamed item,
/// the renumbered session, the moved meeting), or at the nearest page that still holds it.
/// </summary>
internal static class SlugHistoryRecorder
{
    /// <summary>The redirects from <paramref name="before"/> to <paramref name="after"/>; <paramref name="live"/> are the addresses that exist now.</summary>
    public static IReadOnlyList<(string OldPath, string NewPath)> Redirects(LetterShape before, LetterShape after, IReadOnlySet<string> live)
    {
        var redirects = new List<(string, string)>();
        void Add(string oldPath, string newPath)
        {
            if (oldPath != newPath && !live.Contains(oldPath))
            {
                redirects.Add((oldPath, newPath));
            }
        }

        Add(SitePaths.Document(before.DocumentSlug), SitePaths.Document(after.DocumentSlug));
        Add(SitePaths.Meeting(before.MeetingSlug), SitePaths.Meeting(after.MeetingSlug));
        // A new item with a slug the old version had is that item's continuation: a removed or renamed item
        // must not be redirected to it.
        var oldItemSlugs = before.Sessions.SelectMany(s => s.Items).Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var oldSession in before.Sessions)
        {
            var newSession = MatchSession(oldSession, after.Sessions);
            string sessionTarget = newSession is null
                ? SitePaths.Meeting(after.MeetingSlug)
                : SitePaths.Session(after.MeetingSlug, newSession.Slug);
            Add(SitePaths.Session(before.MeetingSlug, oldSession.Slug), sessionTarget);
            foreach (var oldItem in oldSession.Items)
            {
                var (targetSession, newItem) = MatchItem(oldItem, newSession, after, oldItemSlugs);
                string itemTarget = newItem is null
                    ? sessionTarget
                    : SitePaths.Item(after.MeetingSlug, targetSession!.Slug, newItem.Slug);
                Add(SitePaths.Item(before.MeetingSlug, oldSession.Slug, oldItem.Slug), itemTarget);
            }
        }
        return redirects;
    }

    /// <summary>
    /// Stores the redirects without chains (rows that pointed at a moved address now point at its new one),
    /// and drops rows for addresses that exist again.
    /// </summary>
    public static async Task SaveAsync(AgendasDbContext db, IReadOnlyList<(string OldPath, string NewPath)> redirects, IReadOnlySet<string> live, DateTime now, CancellationToken ct)
    {
        foreach (var (oldPath, newPath) in redirects)
        {
            await db.SlugHistory.Where(r => r.NewPath == oldPath)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NewPath, newPath).SetProperty(r => r.RecordedAt, now), ct).ConfigureAwait(false);
            var row = await db.SlugHistory.FirstOrDefaultAsync(r => r.OldPath == oldPath, ct).ConfigureAwait(false);
            if (row is null)
            {
                db.SlugHistory.Add(new SlugRedirect { OldPath = oldPath, NewPath = newPath, RecordedAt = now });
            }
            else
            {
                row.NewPath = newPath;
                row.RecordedAt = now;
            }
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        string[] livePaths = [.. live];
        await db.SlugHistory.Where(r => livePaths.Contains(r.OldPath) || r.OldPath == r.NewPath).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The addresses that exist for the given meetings: meeting, session, item and document pages.</summary>
    public static async Task<IReadOnlySet<string>> LivePathsAsync(AgendasDbContext db, IReadOnlyCollection<string> meetingSlugs, CancellationToken ct)
    {
        string[] slugs = [.. meetingSlugs.Distinct()];
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (string meeting in await db.Meetings.Where(m => slugs.Contains(m.Slug)).Select(m => m.Slug).ToListAsync(ct).ConfigureAwait(false))
        {
            live.Add(SitePaths.Meeting(meeting));
        }
        foreach (var d in await db.Documents.Where(d => slugs.Contains(d.Meeting.Slug)).Select(d => d.Slug).ToListAsync(ct).ConfigureAwait(false))
        {
            live.Add(SitePaths.Document(d));
        }
        var sessions = await db.Sessions.Where(s => slugs.Contains(s.Document.Meeting.Slug))
            .Select(s => new { Meeting = s.Document.Meeting.Slug, s.Slug }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var s in sessions)
        {
            live.Add(SitePaths.Session(s.Meeting, s.Slug));
        }
        var items = await db.Items.Where(i => slugs.Contains(i.Session.Document.Meeting.Slug))
            .Select(i => new { Meeting = i.Session.Document.Meeting.Slug, Session = i.Session.Slug, i.Slug }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var i in items)
        {
            live.Add(SitePaths.Item(i.Meeting, i.Session, i.Slug));
        }
        return live;
    }

    // A session is the same session when it keeps its title, else when it holds most of the same items,
    // else when it keeps its number.
    private static SessionShape? MatchSession(SessionShape old, IReadOnlyList<SessionShape> candidates)
    {
        if (old.Title is { } title && candidates.FirstOrDefault(c => string.Equals(c.Title?.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)) is { } byTitle)
        {
            return byTitle;
        }
        var oldSlugs = old.Items.Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        var byItems = candidates
            .Select(c => (Session: c, Shared: c.Items.Count(i => oldSlugs.Contains(i.Slug))))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .ThenByDescending(x => x.Session.Slug == old.Slug)
            .Select(x => x.Session)
            .FirstOrDefault();
        return byItems ?? candidates.FirstOrDefault(c => c.Slug == old.Slug);
    }

    // An item is the same item when it keeps its slug (in its session, else anywhere in the letter),
    // else when a new heading stands at its place, else when it opens with the same paragraph.
    private static (SessionShape? Session, ItemShape? Item) MatchItem(ItemShape old, SessionShape? newSession, LetterShape after, HashSet<string> oldItemSlugs)
    {
        if (newSession?.Items.FirstOrDefault(i => i.Slug == old.Slug) is { } sameSlugHere)
        {
            return (newSession, sameSlugHere);
        }
        var sameSlugElsewhere = after.Sessions.SelectMany(s => s.Items.Where(i => i.Slug == old.Slug).Select(i => (Session: s, Item: i))).ToList();
        if (sameSlugElsewhere.Count == 1)
        {
            return (sameSlugElsewhere[0].Session, sameSlugElsewhere[0].Item);
        }
        if (newSession?.Items.FirstOrDefault(i => i.Ordinal == old.Ordinal && !oldItemSlugs.Contains(i.Slug)) is { } samePlace)
        {
            return (newSession, samePlace);
        }
        if (old.FirstParagraph is { } first)
        {
            foreach (var session in after.Sessions)
            {
                if (session.Items.FirstOrDefault(i => i.FirstParagraph == first && !oldItemSlugs.Contains(i.Slug)) is { } sameText)
                {
                    return (session, sameText);
                }
            }
        }
        return (null, null);
    }
}
