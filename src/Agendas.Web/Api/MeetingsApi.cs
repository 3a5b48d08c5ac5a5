using System.ComponentModel;
using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Agendas.Web.Pages.Meetings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Api;

/// <summary><c>/api/vergaderingen</c> (newest first; filters <c>raad</c>, <c>jaar</c>) and <c>/api/vergaderingen/{meeting}</c>.</summary>
internal static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        api.MapMethods("/vergaderingen", ApiEndpoints.Methods, ListAsync)
            .WithTags("Vergaderingen")
            .WithName("Vergaderingen")
            .WithSummary("Alle vergaderingen, nieuwste eerst")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapMethods("/vergaderingen/{meeting}", ApiEndpoints.Methods, GetAsync)
            .WithTags("Vergaderingen")
            .WithName("Vergadering")
            .WithSummary("Eén vergadering met haar sessies en agendapunten")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status301MovedPermanently);
        return api;
    }

    private static async Task<Results<Ok<Paged<MeetingOverview>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        AgendasDbContext db,
        TopicVocabulary vocabulary,
        [FromQuery(Name = "raad"), Description("Alleen deze raad: buitenlandse-zaken, defensie of top.")] string? council,
        [FromQuery(Name = "jaar"), Description("Alleen vergaderingen die in dit jaar begonnen, bijv. 2020.")] string? year,
        [FromQuery(Name = "pagina"), Description("De pagina, vanaf 1.")] string? page,
        [FromQuery(Name = "aantal"), Description("Vergaderingen per pagina, 1 tot en met 100 (standaard 20).")] string? size,
        CancellationToken ct)
    {
        if (council is not null && !MeetingListModel.CouncilSlugs.Contains(council, StringComparer.Ordinal))
        {
            return ApiProblems.BadRequest($"Er is geen raad „{council}”. Kies buitenlandse-zaken, defensie of top.");
        }
        int? startYear = null;
        if (year is not null)
        {
            if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) || y is < 1949 or > 9999)
            {
                return ApiProblems.BadRequest($"„{year}” is geen jaartal. Geef een jaar vanaf 1949, bijv. 2020.");
            }
            startYear = y;
        }
        if (ApiPaging.Read(page, size, out string? problem) is not { } paging)
        {
            return ApiProblems.BadRequest(problem!);
        }

        var meetings = db.Meetings.AsNoTracking();
        if (council is not null)
        {
            meetings = meetings.Where(m => m.Councils.Contains(council));
        }
        if (startYear is { } first)
        {
            var from = new DateOnly(first, 1, 1);
            var to = from.AddYears(1);
            meetings = meetings.Where(m => m.StartDate >= from && m.StartDate < to);
        }
        int total = await meetings.CountAsync(ct);
        if (paging.Beyond(total) is { } beyond)
        {
            return ApiProblems.BadRequest(beyond);
        }
        var rows = await meetings
            .OrderByDescending(m => m.StartDate).ThenBy(m => m.Slug)
            .Skip(paging.Skip).Take(paging.Size)
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
        int[] ids = [.. rows.Select(m => m.Id)];
        var topics = await MeetingTopics.LoadAsync(db, ids, ct);

        var items = rows.Select(m => new MeetingOverview(
            m.Slug,
            ApiLinks.Absolute(context, SitePaths.Meeting(m.Slug)),
            ApiLinks.Absolute(context, ApiPath(m.Slug)),
            MeetingNames.Meeting(m.Councils, m.StartDate, m.EndDate),
            m.Councils,
            m.StartDate,
            m.EndDate,
            m.Location,
            m.Virtual,
            [.. m.Letters.Select(l => Letter(context, l.Slug, l.Kind))],
            [.. topics[m.Id].Order(StringComparer.Ordinal).Select(s => Topic(context, vocabulary, s))])).ToList();
        return TypedResults.Ok(Paged<MeetingOverview>.Of(context, paging, total, items));
    }

    private static async Task<Results<Ok<MeetingDetail>, RedirectHttpResult, ProblemHttpResult>> GetAsync(
        HttpContext context,
        AgendasDbContext db,
        TopicVocabulary vocabulary,
        [Description("De vergadering, bijv. 2020-12-01-buitenlandse-zaken.")] string meeting,
        CancellationToken ct)
    {
        var header = await MeetingHeader.LoadAsync(db, meeting, ct);
        if (header is null)
        {
            if (await ApiRedirects.MovedAsync(context, db, SitePaths.Meeting(meeting), ct) is { } moved)
            {
                return moved;
            }
            return ApiProblems.NotFound($"Er is geen vergadering „{meeting}”. Alle vergaderingen staan op /api/vergaderingen.");
        }
        var letters = await db.Documents.AsNoTracking()
            .Where(d => d.MeetingId == header.Id)
            .OrderBy(d => d.Kind).ThenBy(d => d.Ordinal)
            .Select(d => new { d.Slug, d.Kind })
            .ToListAsync(ct);
        var sessions = (await MeetingOutline.SessionsAsync(db, header, ct)).Select(s => new MeetingSession(
            s.Link.Number,
            s.Title,
            s.Link.Label,
            s.Date,
            ApiLinks.Absolute(context, s.Link.Href),
            [.. s.Topics.Select(t => Topic(context, vocabulary, t))],
            [.. s.Items.Select(i => new MeetingItem(
                i.Heading,
                i.Slug,
                i.Anchor,
                ApiLinks.Absolute(context, $"{s.Link.Href}#{i.Anchor}"),
                ApiNames.Kind(i.Kind),
                [.. i.Topics.Select(t => Topic(context, vocabulary, t))]))])).ToList();
        var (previous, next) = await MeetingOutline.NeighboursAsync(db, header, ct);

        return TypedResults.Ok(new MeetingDetail(
            header.Slug,
            ApiLinks.Absolute(context, header.Href),
            header.Title,
            header.Councils,
            header.StartDate,
            header.EndDate,
            header.Location,
            header.Virtual,
            [.. letters.Select(l => Letter(context, l.Slug, l.Kind))],
            sessions,
            previous is null ? null : ApiLinks.Absolute(context, ApiPath(previous.Slug)),
            next is null ? null : ApiLinks.Absolute(context, ApiPath(next.Slug))));
    }

    private static string ApiPath(string slug) => $"/api/vergaderingen/{slug}";

    private static LetterRef Letter(HttpContext context, string slug, DocumentKind kind) =>
        new(slug, ApiNames.Kind(kind), ApiLinks.Absolute(context, SitePaths.Document(slug)));

    internal static TopicRef Topic(HttpContext context, TopicVocabulary vocabulary, string slug) =>
        new(slug, vocabulary.Find(slug)?.Dutch ?? slug, ApiLinks.Absolute(context, $"/onderwerpen/{slug}"));
}
