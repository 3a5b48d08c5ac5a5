using System.ComponentModel;
using System.Globalization;
using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data.Search;
using Agendas.Web.Pages.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Agendas.Web.Api;

/// <summary>
/// <c>/api/zoeken</c>: the search of <c>/zoeken</c> (the same <see cref="SearchRunner"/>, so the same results in the
/// same order) as JSON. The page reads its parameters leniently, so that a hand-edited link still shows something;
/// the API refuses a value the page would drop, so that a program learns its request was not what it meant.
/// </summary>
internal static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapMethods("/zoeken", ApiEndpoints.Methods, SearchAsync)
            .WithTags("Zoeken")
            .WithName("Zoeken")
            .WithSummary("Zoeken in alle brieven, met dezelfde parameters als /zoeken")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        HttpContext context,
        SearchRunner runner,
        TopicVocabulary vocabulary,
        [FromQuery(Name = "q"), Description("De zoekvraag: woorden, \"een zin\", -uitsluiten, voorvoegsel*, of een Kamerstuknummer.")] string? q,
        [FromQuery(Name = "van"), Description("Vanaf dit jaar, bijv. 2020.")] string? from,
        [FromQuery(Name = "tot"), Description("Tot en met dit jaar.")] string? to,
        [FromQuery(Name = "raad"), Description("buitenlandse-zaken, defensie of top.")] string? council,
        [FromQuery(Name = "soort"), Description("agenda of verslag.")] string? kind,
        [FromQuery(Name = "onderwerp"), Description("Een onderwerp, bijv. rusland.")] string? topic,
        [FromQuery(Name = "sorteer"), Description("relevantie (standaard) of datum.")] string? sort,
        [FromQuery(Name = "pagina"), Description("De pagina, 1 tot en met 500.")] string? page,
        CancellationToken ct)
    {
        var parameters = SearchParameters.Read(context.Request.Query, vocabulary);
        if (Refusal(parameters, new RawFilters(from, to, council, kind, topic, sort, page)) is { } refusal)
        {
            return ApiProblems.BadRequest(refusal);
        }
        var outcome = await runner.RunAsync(parameters, ct);
        if (outcome.StatusCode == StatusCodes.Status400BadRequest)
        {
            return ApiProblems.BadRequest(outcome.Message ?? "Deze zoekvraag kan niet worden uitgevoerd.");
        }
        if (parameters.Page > 1 && parameters.Page > outcome.PageCount)
        {
            return ApiProblems.BadRequest($"Pagina {parameters.Page} bestaat niet: er {(outcome.PageCount == 1 ? "is 1 pagina" : $"zijn {outcome.PageCount} pagina's")}.");
        }
        return TypedResults.Ok(Body(context, outcome));
    }

    /// <summary>Why a parameter is refused: it was given (not empty) and the page's lenient reading dropped it.</summary>
    private static string? Refusal(SearchParameters read, RawFilters raw)
    {
        var (from, to, council, kind, topic, sort, page) = raw;
        if (Given(from) && read.From is null)
        {
            return $"„{from}” is geen jaartal voor van: geef een jaar, bijv. 2020.";
        }
        if (Given(to) && read.To is null)
        {
            return $"„{to}” is geen jaartal voor tot: geef een jaar, bijv. 2022.";
        }
        if (Given(council) && read.Council is null)
        {
            return $"Er is geen raad „{council}”. Kies buitenlandse-zaken, defensie of top.";
        }
        if (Given(kind) && read.Kind is null)
        {
            return $"„{kind}” is geen soort brief: kies agenda of verslag.";
        }
        if (Given(topic) && read.Topic is null)
        {
            return $"Er is geen onderwerp „{topic}”. Alle onderwerpen staan op /api/onderwerpen.";
        }
        if (Given(sort) && sort is not ("datum" or "relevantie"))
        {
            return $"Sorteren kan op relevantie of datum, niet op „{sort}”.";
        }
        if (Given(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is >= 1 and <= SearchParameters.MaxPage))
        {
            return $"„{page}” is geen paginanummer: geef een geheel getal van 1 tot en met {SearchParameters.MaxPage}.";
        }
        return null;
    }

    /// <summary>The filter parameters as they came.</summary>
    private sealed record RawFilters(string? From, string? To, string? Council, string? Kind, string? Topic, string? Sort, string? Page);

    private static bool Given(string? value) => !string.IsNullOrEmpty(value);

    private static SearchResponse Body(HttpContext context, SearchOutcome outcome)
    {
        var p = outcome.Parameters;
        var results = outcome.Results;
        int pages = outcome.PageCount;
        return new SearchResponse(
            p.Query,
            new SearchFilterValues(
                p.From,
                p.To,
                p.Council,
                p.Kind is { } kind ? ApiNames.Kind(kind) : null,
                p.Topic,
                p.Sort == SearchSort.Date ? "datum" : "relevantie"),
            outcome.Message,
            results.Total,
            p.Page,
            SearchPage.DefaultSize,
            pages,
            p.Page > 1 ? ApiLinks.WithPage(context, p.Page - 1) : null,
            p.Page < pages ? ApiLinks.WithPage(context, p.Page + 1) : null,
            [.. outcome.Topics.Select(t => new SuggestedTopic(t.Slug, t.Dutch, t.English, ApiLinks.Absolute(context, t.Url), t.Entries, t.Years))],
            [.. results.Letters.Select(l => new NamedLetter(l.Title, l.Kamerstuk, ApiLinks.Absolute(context, Data.Import.SitePaths.Document(l.Slug)), l.MeetingSlug))],
            [.. results.Hits.Select(h => new SearchResultItem(
                h.Heading,
                new ResultMeeting(h.MeetingSlug, ApiLinks.Absolute(context, Data.Import.SitePaths.Meeting(h.MeetingSlug)), h.MeetingStart, h.MeetingEnd, h.Councils),
                new ResultSession(h.SessionNumber, h.SessionTitle, ApiLinks.Absolute(context, Data.Import.SitePaths.Session(h.MeetingSlug, $"sessie-{h.SessionNumber}"))),
                h.MeetingStart,
                ApiNames.Kind(h.Kind),
                Snippet.ToHtml(h.Snippet),
                Snippet.ToText(h.Snippet),
                ApiLinks.Absolute(context, h.Url)))],
            new SearchFacetCounts(
                [.. results.Facets.Years.Select(Facet)],
                [.. results.Facets.Topics.Select(Facet)],
                [.. results.Facets.Councils.Select(Facet)],
                [.. results.Facets.Kinds.Select(f => new FacetValue(f.Value == Slugs.KindSlug(DocumentKind.Agenda) ? "agenda" : "verslag", f.Count))]));
    }

    private static FacetValue Facet(FacetCount f) => new(f.Value, f.Count);
}
