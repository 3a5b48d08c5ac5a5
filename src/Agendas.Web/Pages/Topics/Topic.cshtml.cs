using System.Globalization;
using Agendas.Core.Model;
using Agendas.Core.Text;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Agendas.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Pages.Topics;

/// <summary>
/// One topic: every agenda item about it across the years as a timeline (oldest year first, each year in date
/// order), a chart of items per year, and related topics.
/// </summary>
internal sealed class TopicModel(AgendasDbContext db, TopicVocabulary vocabulary, IOptions<AgendasOptions> options) : PageModel
{
    /// <summary>The year asked for (<c>?jaar=</c>); used only when the timeline is shown by year.</summary>
    [BindProperty(SupportsGet = true, Name = "jaar")]
    public string? RequestedYear { get; set; }

    /// <summary>Every year with entries and its count, oldest first: the navigation of a timeline shown by year.</summary>
    public IReadOnlyList<(int Year, int Count)> YearCounts { get; private set; } = [];

    /// <summary>The one year shown, when the topic has too many entries for one page; null when all are shown.</summary>
    public int? ShownYear { get; private set; }

    public TopicHeader Topic { get; private set; } = null!;

    public IReadOnlyList<TimelineYear> Years { get; private set; } = [];

    public int EntryCount { get; private set; }

    public YearChart? Chart { get; private set; }

    public IReadOnlyList<RelatedTopic> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string topic, CancellationToken ct)
    {
        var topics = await db.Topics.AsNoTracking().Select(t => new TopicHeader(t.Id, t.Slug, t.Dutch, t.English)).ToListAsync(ct);
        var found = topics.FirstOrDefault(t => t.Slug == topic);
        if (found is null)
        {
            return NotFound();
        }
        Topic = found;

        var entries = (await LoadItemsAsync(found.Id, ct)).Concat(await LoadSessionsAsync(found.Id, ct))
            .OrderBy(e => e.Row.MeetingStart)
            .ThenBy(e => e.Row.MeetingSlug, StringComparer.Ordinal)
            // The agenda before the report of the same meeting.
            .ThenBy(e => e.Row.Kind)
            .ThenBy(e => e.Row.SessionNumber)
            .ThenBy(e => e.Row.ItemOrdinal)
            .ToList();

        EntryCount = entries.Count;
        Years = [.. entries.GroupBy(e => e.Row.MeetingStart.Year).Select(g => new TimelineYear(g.Key, [.. g.Select(e => e.Row)]))];
        YearCounts = [.. Years.Select(y => (y.Year, y.Entries.Count))];
        if (EntryCount > options.Value.TopicTimelineByYearAbove)
        {
            // The newest year unless another year with entries is asked for; an unknown year is not an error.
            var shown = Years.FirstOrDefault(y => y.Year.ToString(CultureInfo.InvariantCulture) == RequestedYear) ?? Years[^1];
            ShownYear = shown.Year;
            Years = [shown];
        }
        Chart = YearChart.For(entries.Select(e => e.Row.MeetingStart.Year));
        Related = RelatedTopics(found, entries, topics);
        return Page();
    }

    /// <summary>Items tagged with the topic.</summary>
    private async Task<List<Entry>> LoadItemsAsync(int topicId, CancellationToken ct)
    {
        var items = await db.Items
            .AsNoTracking()
            .Where(i => i.Topics.Any(t => t.TopicId == topicId))
            .Select(i => new
            {
                Meeting = i.Session.Document.Meeting.Slug,
                i.Session.Document.Meeting.StartDate,
                i.Session.Document.Meeting.EndDate,
                i.Session.Document.Meeting.Councils,
                i.Session.Document.Kind,
                Session = i.Session.Slug,
                i.Session.Number,
                i.Session.Title,
                i.Heading,
                i.Slug,
                // On a session page with agenda and report, a report item whose slug the agenda uses too has its own anchor.
                SharesAgendaSlug = i.Session.Document.Kind == DocumentKind.Report && db.Items.Any(a =>
                    a.Slug == i.Slug && a.Session.Number == i.Session.Number
                    && a.Session.Document.Kind == DocumentKind.Agenda && a.Session.Document.MeetingId == i.Session.Document.MeetingId),
                i.Ordinal,
                Paragraphs = i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                Topics = i.Topics.Select(t => t.Topic.Slug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. items.Select(i => Entry.From(
            new TimelineEntry(i.Meeting, i.StartDate, i.EndDate, i.Councils, i.Kind, i.Session, i.Number, i.Title,
                i.SharesAgendaSlug ? Meetings.SessionRenderer.ReportAnchorPrefix + i.Slug : i.Slug, i.Heading, i.Ordinal, i.Paragraphs.Count > 0 ? PlainText.Excerpt(i.Paragraphs[0]) : ""),
            i.Heading, i.Paragraphs, i.Topics))];
    }

    /// <summary>
    /// Sessions that carry the topic while none of their items does (<see cref="TopicTally.IsEntry"/>): sessions
    /// without items, or whose title alone names it. Their entry links to the session page itself.
    /// </summary>
    private async Task<List<Entry>> LoadSessionsAsync(int topicId, CancellationToken ct)
    {
        var sessions = await db.Sessions
            .AsNoTracking()
            .Where(s => s.Topics.Any(t => t.TopicId == topicId && t.ItemId == null)
                && !s.Items.Any(i => i.Topics.Any(t => t.TopicId == topicId)))
            .Select(s => new
            {
                Meeting = s.Document.Meeting.Slug,
                s.Document.Meeting.StartDate,
                s.Document.Meeting.EndDate,
                s.Document.Meeting.Councils,
                s.Document.Kind,
                s.Slug,
                s.Number,
                s.Title,
                Paragraphs = s.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                Topics = s.Topics.Select(t => t.Topic.Slug).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. sessions.Select(s => Entry.From(
            new TimelineEntry(s.Meeting, s.StartDate, s.EndDate, s.Councils, s.Kind, s.Slug, s.Number, s.Title,
                ItemSlug: null, s.Title ?? $"Sessie {s.Number}", ItemOrdinal: 0,
                s.Paragraphs.Count > 0 ? PlainText.Excerpt(s.Paragraphs[0]) : ""),
            s.Title ?? "", s.Paragraphs, s.Topics))];
    }

    /// <summary>
    /// Related topics by co-occurrence, per entry: a topic counts once for each entry of this topic that is tagged
    /// with it too (the same item, or the same session without items) or whose heading or text mentions one of its
    /// aliases. Tags alone would miss what the text discusses ("Rusland" in an item about NAVO 2030); mentions alone
    /// would miss topics named only in a heading. The count is the number of entries, so it reads "in N agendapunten".
    /// </summary>
    private IReadOnlyList<RelatedTopic> RelatedTopics(TopicHeader topic, IReadOnlyList<Entry> entries, IReadOnlyList<TopicHeader> topics)
    {
        var bySlug = topics.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var slugs = new HashSet<string>(entry.Tags, StringComparer.Ordinal);
            slugs.UnionWith(vocabulary.Tagger.Tag(entry.Text));
            slugs.Remove(topic.Slug);
            foreach (string slug in slugs.Where(bySlug.ContainsKey))
            {
                counts[slug] = counts.GetValueOrDefault(slug) + 1;
            }
        }
        return [.. counts
            .Select(c => new RelatedTopic(bySlug[c.Key].Slug, bySlug[c.Key].Dutch, c.Value))
            .OrderByDescending(r => r.Entries)
            .ThenBy(r => Folding.Fold(r.Dutch), StringComparer.Ordinal)];
    }

    /// <summary>A timeline row plus what related topics are computed from.</summary>
    private sealed record Entry(TimelineEntry Row, IReadOnlyList<string> Tags, string Text)
    {
        public static Entry From(TimelineEntry row, string heading, IEnumerable<string> paragraphs, IReadOnlyList<string> tags) =>
            new(row, tags, string.Join("\n", paragraphs.Select(PlainText.FromMarkdown).Prepend(heading)));
    }
}

internal sealed record TopicHeader(int Id, string Slug, string Dutch, string English);

/// <summary>The entries of one year, in date order.</summary>
internal sealed record TimelineYear(int Year, IReadOnlyList<TimelineEntry> Entries);

/// <summary>One agenda item (or a session without one) on the timeline.</summary>
internal sealed record TimelineEntry(
    string MeetingSlug,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    IReadOnlyList<string> Councils,
    DocumentKind Kind,
    string SessionSlug,
    int SessionNumber,
    string? SessionTitle,
    string? ItemSlug,
    string Heading,
    int ItemOrdinal,
    string Excerpt)
{
    /// <summary>The item's anchor on its session page, or the session page for a session without items.</summary>
    public string Href => ItemSlug is null
        ? SitePaths.Session(MeetingSlug, SessionSlug)
        : SitePaths.Item(MeetingSlug, SessionSlug, ItemSlug);

    public string MeetingHref => SitePaths.Meeting(MeetingSlug);

    public string Dates => DutchFormat.DateRange(MeetingStart, MeetingEnd);

    public string Council => DutchFormat.Councils(Councils);

    /// <summary>
    /// <c>Sessie 2</c> or <c>Sessie 2: Werklunch</c>; just the number for a session entry, whose heading is already
    /// the session's title.
    /// </summary>
    public string Session => ItemSlug is null || string.IsNullOrWhiteSpace(SessionTitle)
        ? $"Sessie {SessionNumber}"
        : $"Sessie {SessionNumber}: {SessionTitle}";

    /// <summary>Which letter the text is from: the agenda before the meeting or the report after it.</summary>
    public string Letter => Kind == DocumentKind.Agenda ? "geannoteerde agenda" : "verslag";
}

/// <summary>A topic that occurs together with the page's topic, in <see cref="Entries"/> of its entries.</summary>
internal sealed record RelatedTopic(string Slug, string Dutch, int Entries);
