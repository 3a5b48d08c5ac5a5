using Agendas.Data;
using Agendas.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Documents;

/// <summary>
/// The versions of a letter: the current one (on the document itself) and the earlier source texts an update kept
/// (<c>DocumentVersions</c>), newest first, so that a reader sees what changed and when, and can read the old text.
/// </summary>
internal static class LetterVersions
{
    public static async Task<IReadOnlyList<VersionRow>> LoadAsync(AgendasDbContext db, DocumentView letter, CancellationToken ct)
    {
        var earlier = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Document.Slug == letter.Slug)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.SourceFileName, v.ContentHash, v.ImportedAt, v.ReplacedAt, false))
            .ToListAsync(ct);
        var current = new VersionRow(earlier.Count + 1, letter.SourceFileName, letter.ContentHash, letter.ImportedAt, null, true);
        return [current, .. earlier];
    }
}

/// <summary>One version of a letter's source text; <see cref="ReplacedAt"/> is null for the current one.</summary>
internal sealed record VersionRow(int Number, string SourceFileName, string ContentHash, DateTime ImportedAt, DateTime? ReplacedAt, bool IsCurrent)
{
    public static string Href(string slug, int number) => $"/documenten/{slug}/versies/{number}";

    public static string Time(DateTime utc)
    {
        // SQLite hands the time back without a kind; the importer stores UTC.
        var time = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return $"{DutchFormat.Date(DateOnly.FromDateTime(time))}, {time:HH:mm} UTC";
    }

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
