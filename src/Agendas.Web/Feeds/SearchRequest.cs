using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Search;
using Agendas.Web.Pages.Search;

namespace Agendas.Web.Feeds;

/// <summary>
/// The query string of <c>/zoeken/feed</c> and <c>/zoeken.csv</c>: the parameters of <c>/zoeken</c>
/// (<see cref="SearchParameters"/>), and a plain Dutch 400 when there is nothing to search.
/// </summary>
/// <remarks>
/// The page answers an empty or word-less query with its form and a hint; a feed reader or a spreadsheet has no form
/// to show, so these say what is wrong in the body of a 400 instead of giving an empty list that looks like "no news".
/// </remarks>
internal static class SearchRequest
{
    /// <summary>
    /// The parameters of a feed or CSV request, or the answer to give instead: a 400 for nothing to search, a 304 when
    /// the client's copy is current (<see cref="ConditionalGet"/>, which also sets the validators).
    /// </summary>
    public static async Task<(SearchParameters? Parameters, IResult? Answer)> ReadAsync(
        HttpContext context, AgendasDbContext db, TopicVocabulary vocabulary, CancellationToken ct)
    {
        var (parameters, refusal) = Read(context, vocabulary);
        if (parameters is null)
        {
            return (null, refusal);
        }
        return await ConditionalGet.IsNotModifiedAsync(context, db, ct)
            ? (null, Results.StatusCode(StatusCodes.Status304NotModified))
            : (parameters, null);
    }

    /// <returns>The parameters, or the answer to give instead.</returns>
    private static (SearchParameters? Parameters, IResult? Refusal) Read(HttpContext context, TopicVocabulary vocabulary)
    {
        var parameters = SearchParameters.Read(context.Request.Query, vocabulary);
        if (!IsText(parameters.Query))
        {
            return (null, Refuse("Deze zoekvraag bevat tekens die geen tekst zijn. Typ de woorden opnieuw of kopieer ze uit een brief."));
        }
        var problem = SearchQuery.Parse(parameters.Query).Problem;
        if (problem == QueryProblem.None)
        {
            return (parameters, null);
        }
        string message = problem == QueryProblem.TooLong
            ? SearchRunner.Messages.TooLong
            : "Geef met q een of meer woorden om te zoeken, bijvoorbeeld /zoeken/feed?q=Oekraïne of /zoeken.csv?q=Oekraïne.";
        return (null, Refuse(message));
    }

    private static IResult Refuse(string message) => Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// False for a query with a lone surrogate or a noncharacter such as U+FFFE (a query string decodes to them from
    /// valid UTF-8): Unicode normalisation, which search and the topic tagger apply, refuses them.
    /// </summary>
    private static bool IsText(string query)
    {
        try
        {
            _ = query.IsNormalized(System.Text.NormalizationForm.FormC);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
