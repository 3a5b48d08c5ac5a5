using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Topics;

/// <summary>
/// The queries behind a topic's timeline, shared by the topic page, its feed, its CSV file and the API: the entries
/// (<see cref="TopicTally.IsEntry"/>: items tagged with the topic, and sessions that carry it while none of their items
/// does), counted per year, listed for one year or as the newest few, and the topics they share.
/// </summary>
/// <remarks>
/// Everything that grows with the store is counted by SQLite (GROUP BY) and only the entries shown are read, each with
/// its first paragraph only: at 10,000 letters Rusland has about 13,000 entries, which the page once read whole, text
/// and all, to count years and related topics in memory (2 s and 120 MB a request).
/// </remarks>
internal sealed class TopicTimeline(AgendasDbContext db, int topicId)
{
    /// <summary>
    /// Every entry's id with the year of its meeting: the topic's year counts, and which entries a year page lists, so
    /// that the page reads those by id (<see cref="RowsAsync(TopicEntryIds, CancellationToken)"/>). Finding a year's
    /// entries by date walked from every entry of the topic up to its meeting (Rusland: 13,857 at 10,000 letters,
    /// 33 ms a page); this walk is done once per data version (<see cref="TopicSummaries"/>).
    /// </summary>
    public async Task<TopicEntryIndex> EntryIndexAsync(CancellationToken ct)
    {
        // Items and sessions apart: each walks its own joins without the other's (a conditional join costs three times more).
        var items = await ItemEntries()
            .Select(i => new { i.Id, i.Session.Document.Meeting.StartDate.Year })
            .ToListAsync(ct);
        var sessions = await SessionEntries()
            .Select(s => new { s.Id, s.Document.Meeting.StartDate.Year })
            .ToListAsync(ct);
        var itemsByYear = items.ToLookup(i => i.Year, i => i.Id);
        var sessionsByYear = sessions.ToLookup(s => s.Year, s => s.Id);
        return new TopicEntryIndex([.. itemsByYear.Select(g => g.Key).Union(sessionsByYear.Select(g => g.Key))
            .Order()
            .Select(year => new TopicYearEntries(year, new TopicEntryIds([.. itemsByYear[year]], [.. sessionsByYear[year]])))]);
    }

    /// <summary>The entries with these ids (from <see cref="EntryIndexAsync"/>), unordered.</summary>
    public async Task<IReadOnlyList<TimelineRow>> RowsAsync(TopicEntryIds ids, CancellationToken ct)
    {
        int[] items = ids.Items;
        int[] sessions = ids.Sessions;
        return
        [
            .. items.Length == 0 ? [] : await ItemRows(db.Items.AsNoTracking().Where(i => items.Contains(i.Id))).ToListAsync(ct),
            .. sessions.Length == 0 ? [] : await SessionRows(db.Sessions.AsNoTracking().Where(s => sessions.Contains(s.Id))).ToListAsync(ct),
        ];
    }

    /// <summary>
    /// Every entry (unordered), or with <paramref name="newest"/> only that many, newest first
    /// (<see cref="TimelineRow.NewestFirst"/>).
    /// </summary>
    public async Task<IReadOnlyList<TimelineRow>> RowsAsync(int? newest, CancellationToken ct)
    {
        var items = ItemEntries();
        var sessions = SessionEntries();
        if (newest is not { } count)
        {
            return [.. await ItemRows(items).ToListAsync(ct), .. await SessionRows(sessions).ToListAsync(ct)];
        }
        // The newest of each kind of entry in the feed's order, then the newest of both: exact, since the newest
        // entries overall are among the newest of their kind.
        var newestItems = await ItemRows(items
                .OrderByDescending(i => i.Session.Document.Meeting.StartDate)
                .ThenBy(i => i.Session.Document.Meeting.Slug)
                .ThenByDescending(i => i.Session.Document.Kind)
                .ThenBy(i => i.Session.Number)
                .ThenBy(i => i.Ordinal)
                .Take(count))
            .ToListAsync(ct);
        var newestSessions = await SessionRows(sessions
                .OrderByDescending(s => s.Document.Meeting.StartDate)
                .ThenBy(s => s.Document.Meeting.Slug)
                .ThenByDescending(s => s.Document.Kind)
                .ThenBy(s => s.Number)
                .Take(count))
            .ToListAsync(ct);
        return [.. TimelineRow.NewestFirst(newestItems.Concat(newestSessions)).Take(count)];
    }

    private IQueryable<TimelineRow> ItemRows(IQueryable<Data.Entities.Item> items) => items.Select(i => new TimelineRow(
        i.Session.Document.Meeting.Slug,
        i.Session.Document.Meeting.StartDate,
        i.Session.Document.Meeting.EndDate,
        i.Session.Document.Meeting.Councils,
        i.Session.Document.Kind,
        i.Session.Slug,
        i.Session.Number,
        i.Session.Title,
        i.Slug,
        // On a session page with agenda and report, a report item whose slug the agenda uses too has its own anchor.
        i.Session.Document.Kind == DocumentKind.Report && db.Items.Any(a =>
            a.Slug == i.Slug && a.Session.Number == i.Session.Number
            && a.Session.Document.Kind == DocumentKind.Agenda && a.Session.Document.MeetingId == i.Session.Document.MeetingId),
        i.Heading,
        i.Ordinal,
        i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault()));

    private static IQueryable<TimelineRow> SessionRows(IQueryable<Data.Entities.Session> sessions) => sessions.Select(s => new TimelineRow(
        s.Document.Meeting.Slug,
        s.Document.Meeting.StartDate,
        s.Document.Meeting.EndDate,
        s.Document.Meeting.Councils,
        s.Document.Kind,
        s.Slug,
        s.Number,
        s.Title,
        null,
        false,
        null,
        0,
        s.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault()));

    /// <summary>
    /// Topics that share entries with this one, with the number of entries they share: an entry counts for a topic it
    /// is tagged with too or that its heading or text names (the mentions found at import, <see cref="TopicMentions"/>).
    /// </summary>
    public async Task<IReadOnlyList<(int TopicId, int Entries)>> RelatedAsync(CancellationToken ct)
    {
        var items = db.ItemTopics.Where(l => l.TopicId == topicId && l.ItemId != null).Select(l => l.ItemId);
        var sessions = db.ItemTopics.Where(l => l.TopicId == topicId && l.ItemId == null).Where(TopicTally.IsEntry).Select(l => l.SessionId);
        // Per topic, the entries tagged with it or naming it, each once (COUNT DISTINCT); items and sessions apart, as
        // an entry is one or the other. Joins from this topic's rows, so that SQLite walks to theirs by index. Only a
        // session's own rows have a session id (one owner per row).
        var byItem = await items.Join(db.ItemTopics, e => e, t => t.ItemId, (e, t) => new { Entry = e, t.TopicId })
            .Concat(items.Join(db.TopicMentions, e => e, m => m.ItemId, (e, m) => new { Entry = e, m.TopicId }))
            .Where(p => p.TopicId != topicId)
            .GroupBy(p => p.TopicId)
            .Select(g => new { TopicId = g.Key, Entries = g.Select(p => p.Entry).Distinct().Count() })
            .ToListAsync(ct);
        var bySession = await sessions.Join(db.ItemTopics, e => e, t => t.SessionId, (e, t) => new { Entry = e, t.TopicId })
            .Concat(sessions.Join(db.TopicMentions, e => e, m => m.SessionId, (e, m) => new { Entry = e, m.TopicId }))
            .Where(p => p.TopicId != topicId)
            .GroupBy(p => p.TopicId)
            .Select(g => new { TopicId = g.Key, Entries = g.Select(p => p.Entry).Distinct().Count() })
            .ToListAsync(ct);
        return [.. byItem.Concat(bySession).GroupBy(c => c.TopicId).Select(g => (g.Key, g.Sum(c => c.Entries)))];
    }

    // Items tagged with the topic: every one is an entry.
    private IQueryable<Data.Entities.Item> ItemEntries() =>
        db.ItemTopics.AsNoTracking().Where(l => l.TopicId == topicId && l.ItemId != null).Select(l => l.Item!);

    // Sessions tagged with the topic while none of their items is.
    private IQueryable<Data.Entities.Session> SessionEntries() =>
        db.ItemTopics.AsNoTracking().Where(l => l.TopicId == topicId && l.ItemId == null).Where(TopicTally.IsEntry).Select(l => l.Session!);
}

/// <summary>A year of a topic's timeline and its number of entries.</summary>
internal sealed record YearCount(int Year, int Count);

/// <summary>The ids of some of a topic's entries: items, and sessions without a tagged item.</summary>
internal sealed record TopicEntryIds(int[] Items, int[] Sessions)
{
    public int Count => Items.Length + Sessions.Length;
}

/// <summary>The entries of meetings that started in <see cref="Year"/>.</summary>
internal sealed record TopicYearEntries(int Year, TopicEntryIds Entries);

/// <summary>A topic's entries by year (<see cref="TopicTimeline.EntryIndexAsync"/>), oldest year first.</summary>
internal sealed record TopicEntryIndex(IReadOnlyList<TopicYearEntries> Years)
{
    public IReadOnlyList<YearCount> Counts => [.. Years.Select(y => new YearCount(y.Year, y.Entries.Count))];

    /// <summary>The entries of <paramref name="year"/>, or of every year when null.</summary>
    public TopicEntryIds Of(int? year) => year is { } y
        ? Years.FirstOrDefault(e => e.Year == y)?.Entries ?? new TopicEntryIds([], [])
        : new TopicEntryIds([.. Years.SelectMany(e => e.Entries.Items)], [.. Years.SelectMany(e => e.Entries.Sessions)]);
}

/// <summary>
/// One entry of a topic's timeline as stored: an item (<see cref="ItemSlug"/> set), or a session without one.
/// <see cref="FirstParagraph"/> is Markdown, null when there is no paragraph.
/// </summary>
internal sealed record TimelineRow(
    string MeetingSlug,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    IReadOnlyList<string> Councils,
    DocumentKind Kind,
    string SessionSlug,
    int SessionNumber,
    string? SessionTitle,
    string? ItemSlug,
    bool SharesAgendaSlug,
    string? ItemHeading,
    int ItemOrdinal,
    string? FirstParagraph)
{
    /// <summary>The item's heading; for a session entry its title, or <c>Sessie 2</c> without one.</summary>
    public string Heading => ItemHeading ?? SessionTitle ?? $"Sessie {SessionNumber}";

    /// <summary>The item's anchor on its session page: a report item whose slug the agenda uses too has its own.</summary>
    public string? Anchor => ItemSlug is null ? null
        : SharesAgendaSlug ? Meetings.SessionRenderer.ReportAnchorPrefix + ItemSlug : ItemSlug;

    /// <summary>The item's anchor on its session page, or the session page for a session without items.</summary>
    public string Path => Anchor is null
        ? SitePaths.Session(MeetingSlug, SessionSlug)
        : SitePaths.Item(MeetingSlug, SessionSlug, Anchor);

    /// <summary>The topic page's order: oldest meeting first, the agenda before the report, each in the letter's order.</summary>
    public static IEnumerable<TimelineRow> OldestFirst(IEnumerable<TimelineRow> rows) =>
        rows.OrderBy(r => r.MeetingStart)
            .ThenBy(r => r.MeetingSlug, StringComparer.Ordinal)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.SessionNumber)
            .ThenBy(r => r.ItemOrdinal);

    /// <summary>The feed's order: newest meeting first, the report before the agenda, each in the letter's order.</summary>
    public static IEnumerable<TimelineRow> NewestFirst(IEnumerable<TimelineRow> rows) =>
        rows.OrderByDescending(r => r.MeetingStart)
            .ThenBy(r => r.MeetingSlug, StringComparer.Ordinal)
            .ThenByDescending(r => r.Kind)
            .ThenBy(r => r.SessionNumber)
            .ThenBy(r => r.ItemOrdinal);
}
