using Agendas.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

/// <summary>The addressable outline of one letter: what its URLs are made of, and enough text to follow an item that was renamed.</summary>
internal sealed record LetterShape(string MeetingSlug, string DocumentSlug, IReadOnlyList<SessionShape> Sessions)
{
    public static LetterShape Of(ParsedLetter letter, string documentSlug) => new(
        letter.Meeting.Slug,
        documentSlug,
        [.. letter.Sessions.Select(s => new SessionShape(s.Slug, s.Title,
            [.. s.Items.Select((item, i) => new ItemShape(i + 1, item.Slug, item.Paragraphs.Count > 0 ? item.Paragraphs[0] : null))]))]);

    /// <summary>The stored outline of a document, read before its rows are replaced.</summary>
    public static async Task<LetterShape> LoadAsync(AgendasDbContext db, int documentId, string meetingSlug, string documentSlug, CancellationToken ct)
    {
        // Three flat queries: SQLite cannot run the APPLY that one nested projection would need.
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.DocumentId == documentId)
            .OrderBy(s => s.Number)
            .Select(s => new { s.Id, s.Slug, s.Title })
            .ToListAsync(ct).ConfigureAwait(false);
        var items = await db.Items.AsNoTracking()
            .Where(i => i.Session.DocumentId == documentId)
            .Select(i => new { i.Id, i.SessionId, i.Ordinal, i.Slug })
            .ToListAsync(ct).ConfigureAwait(false);
        var firstParagraphs = await db.Paragraphs.AsNoTracking()
            .Where(p => p.DocumentId == documentId && p.ItemId != null && p.Ordinal == 1)
            .ToDictionaryAsync(p => p.ItemId!.Value, p => p.Text, ct).ConfigureAwait(false);

        return new LetterShape(meetingSlug, documentSlug,
            [.. sessions.Select(s => new SessionShape(s.Slug, s.Title,
                [.. items.Where(i => i.SessionId == s.Id).OrderBy(i => i.Ordinal)
                    .Select(i => new ItemShape(i.Ordinal, i.Slug, firstParagraphs.GetValueOrDefault(i.Id)))]))]);
    }
}

internal sealed record SessionShape(string Slug, string? Title, IReadOnlyList<ItemShape> Items);

internal sealed record ItemShape(int Ordinal, string Slug, string? FirstParagraph);
