using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Agendas.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// All meetings by year, newest first, filtered by council (<c>raad</c>) and year (<c>jaar</c>) through plain links.
/// A joint letter counts for both councils (product.md).
/// </summary>
internal sealed class MeetingListModel(AgendasDbContext db, TopicVocabulary vocabulary, IOptions<AgendasOptions> options) : PageModel
{
    /// <summary>The councils one can filter by, in the order the filter offers them.</summary>
    public static readonly IReadOnlyList<string> CouncilSlugs = ["buitenlandse-zaken", "defensie", "top"];

    [FromQuery(Name = "raad")]
    public string? Council { get; set; }

    [FromQuery(Name = "jaar")]
    public string? YearText { get; set; }

    public int? Year { get; private set; }

    /// <summary>Why the filters cannot be applied (an unknown council, a year that is not a number), in Dutch.</summary>
    public string? FilterProblem { get; private set; }

    public IReadOnlyList<int> AllYears { get; private set; } = [];

    public IReadOnlyList<MeetingYear> Years { get; private set; } = [];

    public int Count { get; private set; }

    /// <summary>
    /// The meetings under the council filter, all years, when there are too many for one page
    /// (<see cref="AgendasOptions.MeetingListByYearAbove"/>): the page then lists one year, the newest unless another is
    /// asked for, and offers no "all years". Null otherwise.
    /// </summary>
    public int? ByYearOf { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .OrderByDescending(m => m.StartDate).ThenBy(m => m.Slug)
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.Councils,
                m.StartDate,
                m.EndDate,
                m.Location,
                m.Virtual,
                Letters = m.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Ordinal).Select(d => new { d.Slug, d.Kind }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        AllYears = [.. meetings.Select(m => m.StartDate.Year).Distinct().OrderDescending()];

        if (Council is not null && !CouncilSlugs.Contains(Council, StringComparer.Ordinal))
        {
            FilterProblem = $"Er is geen raad „{Council}”. Kies hieronder een raad.";
            Council = null;
        }
        if (YearText is not null)
        {
            if (int.TryParse(YearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year) && year is >= 1949 and <= 9999)
            {
                Year = year;
            }
            else
            {
                FilterProblem = $"„{YearText}” is geen jaartal. Kies hieronder een jaar.";
            }
        }

        var ofCouncil = meetings.Where(m => Council is null || m.Councils.Contains(Council)).ToList();
        if (ofCouncil.Count > options.Value.MeetingListByYearAbove)
        {
            // One year at a time, the newest unless one is asked for (newest first: the first meeting's year).
            ByYearOf = ofCouncil.Count;
            Year ??= ofCouncil[0].StartDate.Year;
        }
        var shown = ofCouncil.Where(m => Year is null || m.StartDate.Year == Year).ToList();
        int[] ids = [.. shown.Select(m => m.Id)];
        var topicsByMeeting = await MeetingTopics.LoadAsync(db, ids, ct);

        Count = shown.Count;
        Years = [.. shown
            .GroupBy(m => m.StartDate.Year)
            .Select(g => new MeetingYear(g.Key, [.. g.Select(m => new MeetingRow(
                m.Slug, m.Councils, m.StartDate, m.EndDate, m.Location, m.Virtual,
                [.. m.Letters.Select(l => new LetterLink(l.Slug, l.Kind))],
                [.. topicsByMeeting[m.Id].Order(StringComparer.Ordinal).Select(s => new TopicChip(s, vocabulary.Find(s)?.Dutch ?? s))
                    .OrderBy(c => c.Name, StringComparer.CurrentCulture)]))]))];
    }

    /// <summary>This page with one filter changed and the other kept; null removes a filter.</summary>
    public static string FilterHref(string? council, int? year)
    {
        var query = new List<string>();
        if (council is not null)
        {
            query.Add($"raad={Uri.EscapeDataString(council)}");
        }
        if (year is not null)
        {
            query.Add($"jaar={year}");
        }
        return query.Count == 0 ? "/vergaderingen" : "/vergaderingen?" + string.Join("&", query);
    }
}

internal sealed record MeetingYear(int Year, IReadOnlyList<MeetingRow> Meetings);

internal sealed record MeetingRow(
    string Slug,
    IReadOnlyList<string> Councils,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Location,
    bool Virtual,
    IReadOnlyList<LetterLink> Letters,
    IReadOnlyList<TopicChip> Topics)
{
    public string Href => SitePaths.Meeting(Slug);

    public string Dates => DutchFormat.DateRange(StartDate, EndDate);

    public string Council => DutchFormat.Councils(Councils);

    public string Place => MeetingNames.Place(Location, Virtual);
}

internal sealed record LetterLink(string Slug, DocumentKind Kind)
{
    public string Href => SitePaths.Document(Slug);

    public string Label => Kind == DocumentKind.Agenda ? "agenda" : "verslag";
}
