using CsvHelper;

namespace Agendas.Web.Feeds;

/// <summary>
/// The CSV files (a topic's timeline, a search's results): RFC 4180, written by CsvHelper, UTF-8 with a byte order
/// mark, commas, CRLF line ends.
/// </summary>
/// <remarks>
/// The byte order mark, because without it Excel reads the file as the local code page and "Oekraïne" arrives
/// mangled. A cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with
/// an apostrophe (OWASP, "CSV injection"): letter text is not ours, and a spreadsheet would run such a cell as a formula.
/// </remarks>
internal static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>RFC 4180 by default; CsvHelper's injection characters are OWASP's list, its escape the apostrophe.</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    /// <summary>The header and the rows, as UTF-8 bytes with a byte order mark.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }
        return buffer.ToArray();
    }
}
