using System.Text.Json;
using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Documents;

/// <summary>
/// One letter as imported: its metadata, its meeting, the source text exactly as received and the parser's warnings,
/// so that a reader can check what the other pages made of it.
/// </summary>
internal sealed class DocumentModel(AgendasDbContext db) : PageModel
{
    private static readonly JsonSerializerOptions WarningJson = new(JsonSerializerDefaults.Web);

    public DocumentView Letter { get; private set; } = null!;

    public IReadOnlyList<ParserWarning> Warnings { get; private set; } = [];

    /// <summary>The stored warnings were not the JSON the importer writes; the page says so instead of failing.</summary>
    public bool WarningsUnreadable { get; private set; }

    /// <summary>The source text split into lines (a trailing <c>\r</c> kept), so that warnings can point at a line.</summary>
    public IReadOnlyList<string> SourceLines { get; private set; } = [];

    /// <summary>The current version first, then the earlier source texts an update kept.</summary>
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var letter = await db.Documents
            .AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new DocumentView(
                d.Slug,
                d.Kind,
                d.Title,
                d.LetterDate,
                d.Addressee,
                d.Reference,
                d.Kamerstuk,
                d.SourceFileName,
                d.SourceText,
                d.ContentHash,
                d.SourceEncoding,
                d.ImportedAt,
                d.Warnings,
                d.Meeting.Slug,
                d.Meeting.StartDate,
                d.Meeting.EndDate,
                d.Meeting.Councils,
                d.Signatories.OrderBy(s => s.Ordinal).Select(s => new SignatoryRow(s.Name, s.Role)).ToList()))
            .SingleOrDefaultAsync(ct);
        if (letter is null)
        {
            return NotFound();
        }
        Letter = letter;
        Versions = await LetterVersions.LoadAsync(db, letter, ct);
        SourceLines = letter.SourceText.Split('\n');
        try
        {
            // In the order of the text, so that a reader can follow them down the source below.
            Warnings = [.. (JsonSerializer.Deserialize<List<ParserWarning>>(letter.WarningsJson, WarningJson) ?? [])
                .OrderBy(w => w.Line ?? int.MaxValue)];
        }
        catch (JsonException)
        {
            WarningsUnreadable = true;
        }
        return Page();
    }
}

/// <summary>A letter with what its page shows.</summary>
internal sealed record DocumentView(
    string Slug,
    DocumentKind Kind,
    string Title,
    DateOnly? LetterDate,
    Addressee? Addressee,
    string? Reference,
    string? Kamerstuk,
    string SourceFileName,
    string SourceText,
    string ContentHash,
    string? SourceEncoding,
    DateTime ImportedAt,
    string WarningsJson,
    string MeetingSlug,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    IReadOnlyList<string> Councils,
    IReadOnlyList<SignatoryRow> Signatories)
{
    public string KindText => Kind == DocumentKind.Agenda ? "Geannoteerde agenda" : "Verslag";

    public string LetterDateText => LetterDate is { } date ? DutchFormat.Date(date) : "niet vermeld";

    public string AddresseeText => DutchFormat.Addressee(Addressee);

    public string MeetingHref => SitePaths.Meeting(MeetingSlug);

    public string MeetingText => $"{DutchFormat.DateRange(MeetingStart, MeetingEnd)}, {DutchFormat.Councils(Councils)}";

    /// <summary>SQLite hands the time back without a kind; the importer stores UTC.</summary>
    public DateTime ImportedAtUtc => DateTime.SpecifyKind(ImportedAt, DateTimeKind.Utc);

    public string ImportedAtText => $"{DutchFormat.Date(DateOnly.FromDateTime(ImportedAtUtc))}, {ImportedAtUtc:HH:mm} UTC";
}

internal sealed record SignatoryRow(string Name, string? Role);

/// <summary>One warning of the parser as the importer stored it (<c>{ code, message, line }</c>).</summary>
internal sealed record ParserWarning(string Code, string Message, int? Line);
