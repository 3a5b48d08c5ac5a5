using Agendas.Data;
using Agendas.Data.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Documents;

/// <summary>
/// An earlier source text of a letter, as it was received before a changed file replaced it: nothing an import
/// replaced is lost (issue 7). The current text is on the letter's own page.
/// </summary>
internal sealed class VersionModel(AgendasDbContext db) : PageModel
{
    public EarlierVersion Version { get; private set; } = null!;

    public IReadOnlyList<string> SourceLines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        var version = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Document.Slug == slug && v.Number == number)
            .Select(v => new EarlierVersion(v.Document.Slug, v.Document.Title, v.Number, v.SourceFileName, v.SourceText, v.ContentHash,
                v.SourceEncoding, v.ImportedAt, v.ReplacedAt))
            .SingleOrDefaultAsync(ct);
        if (version is null)
        {
            return NotFound();
        }
        Version = version;
        SourceLines = version.SourceText.Split('\n');
        return Page();
    }
}

internal sealed record EarlierVersion(
    string Slug,
    string Title,
    int Number,
    string SourceFileName,
    string SourceText,
    string ContentHash,
    string? SourceEncoding,
    DateTime ImportedAt,
    DateTime ReplacedAt)
{
    public string DocumentHref => SitePaths.Document(Slug);
}
