using System.Globalization;
using Agendas.Core.Model;
using Agendas.Core.Text;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Data.Text;
using Agendas.Web.Formatting;
using Agendas.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Pages.Topics;

/// <summary>
/// One topic: every agenda item about it across the years as a timeline (oldest year first, each year in date
/// order; one year at a time above <see cref="AgendasOptions.TopicTimelineByYearAbove"/> entries), a chart of items
/// per year, and related topics. Counts come from SQL and only the entries shown are read (<see cref="TopicTimeline"/>).
/// </summary>
internal sealed class TopicModel(AgendasDbContext db, IOptions<AgendasOptions> options, TopicSummaries summaries) : PageModel
{
    /// <summary>The year asked for (<c>?jaar=</c>); used only when the timeline is shown by year.</summary>
    [BindProperty(SupportsGet = true, Name = "jaar")]
    public string? RequestedYear { get; set; }

    /// <summary>Every year with entries and its count, oldest first: the navigation of a timeline shown by year.</summary>
    public IReadOnlyList<YearCount> YearCounts { get; private set; } = [];

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

        var timeline = new TopicTimeline(db, found.Id);
        var summary = await summaries.GetAsync(found.Id, async () =>
            new TopicSummary(await timeline.EntryIndexAsync(CancellationToken.None), await timeline.RelatedAsync(CancellationToken.None)));
        YearCounts = summary.Entries.Counts;
        EntryCount = YearCounts.Sum(y => y.Count);
        if (EntryCount > options.Value.TopicTimelineByYearAbove)
        {
            // The newest year unless another year with entries is asked for; an unknown year is not an error.
            ShownYear = (YearCounts.FirstOrDefault(y => y.Year.ToString(CultureInfo.InvariantCulture) == RequestedYear) ?? YearCounts[^1]).Year;
        }
        var rows = EntryCount == 0 ? [] : await timeline.RowsAsync(summary.Entries.Of(ShownYear), ct);
        Years = [.. TimelineRow.OldestFirst(rows)
            .GroupBy(r => r.MeetingStart.Year)
            .Select(g => new TimelineYear(g.Key, [.. g.Select(TimelineEntry.From)]))];
        Chart = YearChart.For(YearCounts);
        var byId = topics.ToDictionary(t => t.Id);
        Related = [.. summary.Related
            .Where(r => byId.ContainsKey(r.TopicId))
            .Select(r => new RelatedTopic(byId[r.TopicId].Slug, byId[r.TopicId].Dutch, r.Entries))
            .OrderByDescending(r => r.Entries)
            .ThenBy(r => Folding.Fold(r.Dutch), StringComparer.Ordinal)];
        return Page();
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
    public static TimelineEntry From(TimelineRow row) => new(
        row.MeetingSlug, row.MeetingStart, row.MeetingEnd, row.Councils, row.Kind, row.SessionSlug, row.SessionNumber,
        row.SessionTitle, row.Anchor, row.Heading, row.ItemOrdinal, row.FirstParagraph is null ? "" : PlainText.Excerpt(row.FirstParagraph));

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
    public string Letter => DutchFormat.LetterKind(Kind);
}

/// <summary>A topic that occurs together with the page's topic, in <see cref="Entries"/> of its entries.</summary>
internal sealed record RelatedTopic(string Slug, string Dutch, int Entries);
