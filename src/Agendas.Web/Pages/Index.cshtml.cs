using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Web.Formatting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages;

/// <summary>The home page: every meeting, newest first, with its dates, council, place and letters.</summary>
internal sealed class IndexModel(AgendasDbContext db) : PageModel
{
    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Meetings = await db.Meetings
            .AsNoTracking()
            .OrderByDescending(m => m.StartDate)
            .ThenBy(m => m.Slug)
            .Select(m => new MeetingRow(
                m.Slug,
                m.StartDate,
                m.EndDate,
                m.Councils,
                m.Location,
                m.Virtual,
                m.Documents.Any(d => d.Kind == DocumentKind.Agenda),
                m.Documents.Any(d => d.Kind == DocumentKind.Report)))
            .ToListAsync(ct);
    }
}

/// <summary>One meeting as the home page shows it.</summary>
internal sealed record MeetingRow(
    string Slug,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string> Councils,
    string? Location,
    bool Virtual,
    bool HasAgenda,
    bool HasReport)
{
    /// <summary><c>1–2 december 2020</c>.</summary>
    public string Dates => DutchFormat.DateRange(StartDate, EndDate);

    /// <summary><c>Buitenlandse Zaken en Defensie</c>.</summary>
    public string Council => DutchFormat.Councils(Councils);

    /// <summary>The city, <c>videoconferentie</c> for a virtual meeting, or <c>niet vermeld</c>.</summary>
    public string Place => Virtual ? "videoconferentie" : Location ?? "niet vermeld";

    /// <summary>Which letters exist: <c>agenda</c>, <c>verslag</c>, or both.</summary>
    public string Letters => DutchFormat.JoinWithEn([.. new[] { HasAgenda ? "agenda" : null, HasReport ? "verslag" : null }.OfType<string>()]);
}
