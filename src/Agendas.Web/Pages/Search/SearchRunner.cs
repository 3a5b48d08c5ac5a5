using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Search;
using Agendas.Web.Pages.Topics;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Search;

/// <summary>A topic the query names, with its page's numbers.</summary>
internal sealed record TopicSuggestion(string Slug, string Dutch, string English, int Entries, string Years)
{
    public string Url => $"/onderwerpen/{Slug}";
}

/// <summary>What the page and the JSON endpoint show for one request.</summary>
internal sealed record SearchOutcome(
    SearchParameters Parameters,
    SearchQuery Query,
    SearchResults Results,
    IReadOnlyList<TopicSuggestion> Topics,
    string? Message,
    int StatusCode)
{
    public int PageCount => Math.Min(SearchParameters.MaxPage, (Results.Total + SearchPage.DefaultSize - 1) / SearchPage.DefaultSize);
}

/// <summary>Runs one search for the page and the JSON endpoint alike, so that both give the same answer.</summary>
internal sealed class SearchRunner(AgendasDbContext db, ISearchIndex index, TopicVocabulary vocabulary)
{
    public Task<SearchOutcome> RunAsync(SearchParameters parameters, CancellationToken ct) =>
        RunAsync(parameters, SearchPage.DefaultSize, ct);

    /// <param name="parameters">What was asked.</param>
    /// <param name="pageSize">Hits per page: the page's 20, or more for the feed and the CSV file, which have no paging.</param>
    /// <param name="ct">Cancels the queries.</param>
    public async Task<SearchOutcome> RunAsync(SearchParameters parameters, int pageSize, CancellationToken ct)
    {
        var query = SearchQuery.Parse(parameters.Query);
        if (query.Problem == QueryProblem.TooLong)
        {
            // The only refusal: the page still shows the form (with the query cut to the limit) and says why.
            return new SearchOutcome(parameters with { Query = query.Text }, query, SearchResults.None, [], Messages.TooLong, StatusCodes.Status400BadRequest);
        }
        var topics = await SuggestionsAsync(query, ct);
        if (query.Problem != QueryProblem.None)
        {
            return new SearchOutcome(parameters, query, SearchResults.None, topics, Messages.For(query.Problem), StatusCodes.Status200OK);
        }
        var results = await index.SearchAsync(query, parameters.Filters, new SearchPage(parameters.Page, pageSize, parameters.Sort), ct);
        string? message = results.Total > 0 ? null
            : query.Kamerstukken.Count > 0 && results.Letters.Count == 0 ? Messages.NoLetter(query.Kamerstukken)
            : Messages.NoResults(parameters.HasFilters);
        if (query.Truncated)
        {
            message = Messages.Truncated + (message is null ? "" : " " + message);
        }
        return new SearchOutcome(parameters, query, results, topics, message, StatusCodes.Status200OK);
    }

    /// <summary>Topics whose name or alias (Dutch or English) the query names: "Russia" and "ADN" too.</summary>
    private async Task<IReadOnlyList<TopicSuggestion>> SuggestionsAsync(SearchQuery query, CancellationToken ct)
    {
        if (query.Text.Length == 0)
        {
            return [];
        }
        var slugs = vocabulary.Tagger.Tag(query.Text);
        if (slugs.Count == 0)
        {
            return [];
        }
        // The topic page's own numbers (TopicTally.IsEntry), counted for the named topics only.
        string[] named = [.. slugs];
        var entries = await db.ItemTopics.AsNoTracking()
            .Where(l => named.Contains(l.Topic.Slug))
            .Where(TopicTally.IsEntry)
            .Select(l => new
            {
                l.Topic.Slug,
                Start = l.Item != null ? l.Item.Session.Document.Meeting.StartDate : l.Session!.Document.Meeting.StartDate,
            })
            .ToListAsync(ct);
        var years = entries.ToLookup(e => e.Slug, e => e.Start.Year, StringComparer.Ordinal);
        return [.. named.Select(vocabulary.Find).OfType<Topic>().Select(t =>
        {
            var y = years[t.Slug].ToList();
            var count = new TopicCount(t.Slug, t.Dutch, t.English, y.Count, y.Count > 0 ? y.Min() : null, y.Count > 0 ? y.Max() : null);
            return new TopicSuggestion(t.Slug, t.Dutch, t.English, count.Entries, count.Years);
        })];
    }

    /// <summary>What the page says when there is nothing to show, in Dutch.</summary>
    internal static class Messages
    {
        public static readonly string TooLong =
            $"Deze zoekvraag is te lang: gebruik hoogstens {SearchQuery.MaxLength} tekens. Zoek met een paar kenmerkende woorden.";

        public static readonly string Truncated = $"Alleen de eerste {SearchQuery.MaxClauses} zoektermen zijn gebruikt.";

        public static string For(QueryProblem problem) => problem switch
        {
            QueryProblem.Empty => "Typ een of meer woorden om in alle brieven te zoeken.",
            QueryProblem.NoTerms => "Deze zoekvraag bevat geen woorden om naar te zoeken. Typ bijvoorbeeld China of \"druk en dialoog\"; met een minteken sluit u een woord uit, maar er moet ook een woord overblijven om te zoeken.",
            _ => "",
        };

        public static string NoResults(bool filtered) => filtered
            ? "Niets gevonden met deze filters. Probeer het zonder filters of met andere woorden."
            : "Niets gevonden. Probeer andere of minder woorden, of een woord met * (bijv. cyber*).";

        public static string NoLetter(IReadOnlyList<string> kamerstukken) =>
            $"Geen brief met Kamerstuknummer {string.Join(", ", kamerstukken.Select(Documents.KamerstukNumber.Display))} gevonden.";
    }
}
