using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Web.Formatting;
using Agendas.Web.Pages.Topics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages;

/// <summary>The home page: a search box, the latest meetings, the topics with their counts and the years.</summary>
internal sealed class IndexModel(AgendasDbContext db) : PageModel
{
    /// <summary>How many meetings the home page shows; the rest are one link away on /vergaderingen.</summary>
    public const int LatestCount = 5;

    public IReadOnlyList<HomeMeetingRow> Meetings { get; private set; } = [];

    public int MeetingCount { get; private set; }

    /// <summary>Topics that were on at least one agenda.</summary>
    public IReadOnlyList<TopicCount> Topics { get; private set; } = [];

    /// <summary>Years with meetings, newest first, with their number of meetings.</summary>
    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Meetings = await db.Meetings
            .AsNoTracking()
            .OrderByDescending(m => m.StartDate)
            .ThenBy(m => m.Slug)
            .Take(LatestCount)
            .Select(m => new HomeMeetingRow(
                m.Slug,
                m.StartDate,
                m.EndDate,
                m.Councils,
                m.Location,
                m.Virtual,
                m.Documents.Any(d => d.Kind == DocumentKind.Agenda),
                m.Documents.Any(d => d.Kind == DocumentKind.Report)))
            .ToListAsync(ct);

        // One date per meeting is little data even over decades; grouping here keeps the query plain.
        var starts = await db.Meetings.AsNoTracking().Select(m => m.StartDate).ToListAsync(ct);
        MeetingCount = starts.Count;
        Years = [.. starts.GroupBy(d => d.Year).OrderByDescending(g => g.Key).Select(g => new YearRow(g.Key, g.Count()))];

        Topics = [.. (await TopicTally.LoadAsync(db, ct)).Where(t => t.Entries > 0)];
    }
}

/// <summary>One of the latest meetings as the home page shows it.</summary>
internal sealed record HomeMeetingRow(
    string Slug,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string> Councils,
    string? Location,
    bool Virtual,
    bool HasAgenda,
    bool HasReport)
{
    public string Href => Data.Import.SitePaths.Meeting(Slug);

    /// <summary><c>1–2 december 2020</c>.</summary>
    public string Dates => DutchFormat.DateRange(StartDate, EndDate);

    /// <summary><c>Buitenlandse Zaken en Defensie</c>.</summary>
    public string Council => DutchFormat.Councils(Councils);

    /// <summary>The city, <c>videoconferentie</c> for a virtual meeting, or <c>niet vermeld</c>.</summary>
    public string Place => MeetingNames.Place(Location, Virtual);

    /// <summary>Which letters exist: <c>agenda</c>, <c>verslag</c>, or both.</summary>
    public string Letters => DutchFormat.JoinWithEn([.. new[] { HasAgenda ? "agenda" : null, HasReport ? "verslag" : null }.OfType<string>()]);
}

/// <summary>A year with meetings; its link filters the meeting list.</summary>
internal sealed record YearRow(int Year, int Meetings)
{
    public string Href => $"/vergaderingen?jaar={Year}";

    public string MeetingsText => Meetings == 1 ? "1 vergadering" : $"{Meetings} vergaderingen";
}
