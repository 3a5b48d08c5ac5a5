using System.ComponentModel;
using Agendas.Data;
using Agendas.Web.Feeds;
using Agendas.Web.Pages.Topics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Api;

/// <summary><c>/api/onderwerpen</c> (the topic index's numbers) and <c>/api/onderwerpen/{topic}</c> (its timeline).</summary>
internal static class TopicsApi
{
    public static RouteGroupBuilder MapTopicsApi(this RouteGroupBuilder api)
    {
        api.MapMethods("/onderwerpen", ApiEndpoints.Methods, ListAsync)
            .WithTags("Onderwerpen")
            .WithName("Onderwerpen")
            .WithSummary("Alle onderwerpen, alfabetisch, met aantal agendapunten en jaren")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapMethods("/onderwerpen/{topic}", ApiEndpoints.Methods, GetAsync)
            .WithTags("Onderwerpen")
            .WithName("Onderwerp")
            .WithSummary("Eén onderwerp met zijn tijdlijn, oudste vergadering eerst")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<Paged<TopicOverview>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        AgendasDbContext db,
        [FromQuery(Name = "pagina"), Description("De pagina, vanaf 1.")] string? page,
        [FromQuery(Name = "aantal"), Description("Onderwerpen per pagina, 1 tot en met 100 (standaard 20).")] string? size,
        CancellationToken ct)
    {
        if (ApiPaging.Read(page, size, out string? problem) is not { } paging)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var topics = await TopicTally.LoadAsync(db, ct);
        if (paging.Beyond(topics.Count) is { } beyond)
        {
            return ApiProblems.BadRequest(beyond);
        }
        return TypedResults.Ok(Paged<TopicOverview>.Slice(context, paging, [.. topics.Select(t => new TopicOverview(
            t.Slug,
            t.Dutch,
            t.English,
            ApiLinks.Absolute(context, $"/onderwerpen/{t.Slug}"),
            ApiLinks.Absolute(context, $"/api/onderwerpen/{t.Slug}"),
            t.Entries,
            t.FirstYear,
            t.LastYear))]));
    }

    private static async Task<Results<Ok<TopicDetail>, ProblemHttpResult>> GetAsync(
        HttpContext context,
        AgendasDbContext db,
        [Description("Het onderwerp, bijv. rusland.")] string topic,
        [FromQuery(Name = "pagina"), Description("De pagina van de tijdlijn, vanaf 1.")] string? page,
        [FromQuery(Name = "aantal"), Description("Agendapunten per pagina, 1 tot en met 100 (standaard 20).")] string? size,
        CancellationToken ct)
    {
        if (ApiPaging.Read(page, size, out string? problem) is not { } paging)
        {
            return ApiProblems.BadRequest(problem!);
        }
        // The entries of the topic page, feed and CSV alike (TopicTally.IsEntry); those come newest first.
        var found = await TopicEntries.LoadAsync(db, topic, newest: null, ct);
        if (found is null)
        {
            return ApiProblems.NotFound($"Er is geen onderwerp „{topic}”. Alle onderwerpen staan op /api/onderwerpen.");
        }
        if (paging.Beyond(found.Entries.Count) is { } beyond)
        {
            return ApiProblems.BadRequest(beyond);
        }
        // The topic page's order: oldest meeting first, the agenda before the report, each in the letter's order.
        var timeline = found.Entries
            .OrderBy(e => e.MeetingStart)
            .ThenBy(e => e.MeetingSlug, StringComparer.Ordinal)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.SessionNumber)
            .ThenBy(e => e.ItemOrdinal)
            .Select(e => new TimelineEntry(
                e.MeetingSlug,
                ApiLinks.Absolute(context, Data.Import.SitePaths.Meeting(e.MeetingSlug)),
                e.MeetingName,
                e.MeetingStart,
                e.MeetingEnd,
                e.Councils,
                ApiNames.Kind(e.Kind),
                e.SessionNumber,
                e.Session,
                e.Heading,
                ApiLinks.Absolute(context, e.Path),
                e.FirstSentence))
            .ToList();
        string english = await db.Topics.AsNoTracking().Where(t => t.Slug == found.Slug).Select(t => t.English).FirstAsync(ct);
        return TypedResults.Ok(new TopicDetail(
            found.Slug,
            found.Dutch,
            english,
            ApiLinks.Absolute(context, $"/onderwerpen/{found.Slug}"),
            Paged<TimelineEntry>.Slice(context, paging, timeline)));
    }
}
