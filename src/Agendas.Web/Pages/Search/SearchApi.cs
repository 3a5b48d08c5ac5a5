using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data.Search;

namespace Agendas.Web.Pages.Search;

/// <summary>
/// <c>/api/zoeken</c>: the same search as <c>/zoeken</c>, with the same parameters, as JSON. The snippet is HTML built
/// by us (encoded letter text and <c>&lt;mark&gt;</c>); <c>snippetText</c> is the same without markup.
/// </summary>
internal static class SearchApi
{
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddScoped<SearchRunner>();

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/zoeken", async (HttpContext context, SearchRunner runner, TopicVocabulary vocabulary, CancellationToken ct) =>
        {
            var outcome = await runner.RunAsync(SearchParameters.Read(context.Request.Query, vocabulary), ct);
            return Results.Json(Body(outcome), statusCode: outcome.StatusCode);
        });
        return endpoints;
    }

    private static object Body(SearchOutcome outcome)
    {
        var p = outcome.Parameters;
        var results = outcome.Results;
        return new
        {
            query = p.Query,
            filters = new
            {
                van = p.From,
                tot = p.To,
                raad = p.Council,
                soort = p.Kind is { } kind ? SearchParameters.KindSlug(kind) : null,
                onderwerp = p.Topic,
                sorteer = p.Sort == SearchSort.Date ? "datum" : "relevantie",
            },
            message = outcome.Message,
            total = results.Total,
            page = p.Page,
            pages = outcome.PageCount,
            pageSize = SearchPage.DefaultSize,
            topics = outcome.Topics.Select(t => new { slug = t.Slug, name = t.Dutch, english = t.English, url = t.Url, entries = t.Entries, years = t.Years }),
            letters = results.Letters.Select(l => new { title = l.Title, kamerstuk = l.Kamerstuk, url = $"/documenten/{l.Slug}", meeting = l.MeetingSlug }),
            results = results.Hits.Select(h => new
            {
                heading = h.Heading,
                meeting = new { slug = h.MeetingSlug, url = $"/vergaderingen/{h.MeetingSlug}", start = h.MeetingStart, end = h.MeetingEnd, councils = h.Councils },
                session = new { number = h.SessionNumber, title = h.SessionTitle, url = $"/vergaderingen/{h.MeetingSlug}/sessie-{h.SessionNumber}" },
                date = h.MeetingStart,
                kind = SearchParameters.KindSlug(h.Kind),
                snippet = Snippet.ToHtml(h.Snippet),
                snippetText = Snippet.ToText(h.Snippet),
                url = h.Url,
            }),
            facets = new
            {
                years = results.Facets.Years.Select(Facet),
                topics = results.Facets.Topics.Select(Facet),
                councils = results.Facets.Councils.Select(Facet),
                kinds = results.Facets.Kinds.Select(f => new { value = f.Value == Slugs.KindSlug(DocumentKind.Agenda) ? "agenda" : "verslag", count = f.Count }),
            },
        };
    }

    private static object Facet(FacetCount f) => new { value = f.Value, count = f.Count };
}
