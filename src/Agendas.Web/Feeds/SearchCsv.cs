using System.Globalization;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Search;
using Agendas.Web.Formatting;
using Agendas.Web.Pages.Search;

namespace Agendas.Web.Feeds;

/// <summary>
/// A search's results as CSV: <c>/zoeken.csv?q=…</c>, with every parameter of <c>/zoeken</c> (the order of
/// <c>sorteer</c> included), one row per result, in <see cref="CsvFile"/>'s format.
/// </summary>
/// <remarks>All results up to <see cref="MaxRows"/> in one file, not a page of them: <c>pagina</c> is ignored.</remarks>
internal static class SearchCsv
{
    public const int MaxRows = 500;

    public static readonly string[] Header = ["datum", "raad", "vergadering", "sessie", "brief", "agendapunt", "permalink", "fragment"];

    public static async Task<IResult> GetAsync(HttpContext context, AgendasDbContext db, SearchRunner runner, TopicVocabulary vocabulary, Permalinks permalinks, CancellationToken ct)
    {
        var (parameters, answer) = await SearchRequest.ReadAsync(context, db, vocabulary, ct);
        if (parameters is null)
        {
            return answer!;
        }
        var outcome = await runner.RunAsync(parameters with { Page = 1 }, MaxRows, ct);
        string root = permalinks.Absolute(context.Request, "");
        byte[] body = CsvFile.Write(Header, outcome.Results.Hits.Select(h => Row(root, h)));
        return Results.File(body, CsvFile.ContentType, "zoekresultaten.csv");
    }

    private static string[] Row(string root, SearchHit hit) =>
    [
        hit.MeetingStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DutchFormat.Councils(hit.Councils),
        MeetingNames.Meeting(hit.Councils, hit.MeetingStart, hit.MeetingEnd),
        MeetingNames.Session(hit.SessionNumber, hit.SessionTitle),
        DutchFormat.LetterKind(hit.Kind),
        hit.Heading,
        root + hit.Url,
        Snippet.ToText(hit.Snippet),
    ];
}
