using System.Globalization;
using Agendas.Data;
using Agendas.Web.Formatting;
using CsvHelper;

namespace Agendas.Web.Feeds;

/// <summary>
/// A topic's timeline as CSV (RFC 4180, written by CsvHelper) at <c>/onderwerpen/{topic}.csv</c>: one row per entry,
/// newest meeting first, for pasting into a spreadsheet.
/// </summary>
/// <remarks>
/// UTF-8 with a byte order mark, because without it Excel reads the file as the local code page and "Oekraïne"
/// arrives mangled. Commas as separators (the RFC), CRLF line ends. A cell that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with an apostrophe (OWASP, "CSV injection"): letter text
/// is not ours, and a spreadsheet would run such a cell as a formula.
/// </remarks>
internal static class TopicCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Header = ["datum", "raad", "vergadering", "sessie", "agendapunt", "permalink", "eerste zin"];

    /// <summary>RFC 4180 by default; CsvHelper's injection characters are OWASP's list, its escape the apostrophe.</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static async Task<IResult> GetAsync(string topic, HttpContext context, AgendasDbContext db, Permalinks permalinks, CancellationToken ct)
    {
        var found = await TopicEntries.LoadAsync(db, topic, ct);
        if (found is null)
        {
            return Results.NotFound();
        }
        if (await ConditionalGet.IsNotModifiedAsync(context, db, ct))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        string root = permalinks.Absolute(context.Request, "");
        byte[] body = Write(found.Entries.Select(e => Row(root, e)));
        return Results.File(body, ContentType, $"{found.Slug}.csv");
    }

    /// <summary>The header and the rows, as UTF-8 bytes with a byte order mark.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }
        return buffer.ToArray();
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
