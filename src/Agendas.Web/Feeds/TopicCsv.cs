using System.Globalization;
using Agendas.Data;
using Agendas.Web.Formatting;

namespace Agendas.Web.Feeds;

/// <summary>
/// A topic's timeline as CSV (RFC 4180, written by CsvHelper) at <c>/onderwerpen/{topic}.csv</c>: one row per entry,
/// newest meeting first, for pasting into a spreadsheet.
/// </summary>
/// <remarks>The format and the neutralising of formulas are <see cref="CsvFile"/>'s, shared with the search CSV.</remarks>
internal static class TopicCsv
{
    public static readonly string[] Header = ["datum", "raad", "vergadering", "sessie", "agendapunt", "permalink", "eerste zin"];

    public static async Task<IResult> GetAsync(string topic, HttpContext context, AgendasDbContext db, Permalinks permalinks, CancellationToken ct)
    {
        var found = await TopicEntries.LoadAsync(db, topic, newest: null, ct);
        if (found is null)
        {
            return Results.NotFound();
        }
        if (await ConditionalGet.IsNotModifiedAsync(context, db, ct))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        string root = permalinks.Absolute(context.Request, "");
        byte[] body = CsvFile.Write(Header, found.Entries.Select(e => Row(root, e)));
        return Results.File(body, CsvFile.ContentType, $"{found.Slug}.csv");
    }

    private static string[] Row(string root, TopicEntry entry) =>
    [
        entry.MeetingStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DutchFormat.Councils(entry.Councils),
        entry.MeetingName,
        entry.Session,
        entry.Heading,
        root + entry.Path,
        entry.FirstSentence,
    ];
}
