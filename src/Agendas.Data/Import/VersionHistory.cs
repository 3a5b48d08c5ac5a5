using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

/// <summary>
/// Keeps the source text a changed letter replaces, so that an update never loses what was imported before:
/// the earlier text, its hash and its import time stay in <c>DocumentVersions</c>.
/// </summary>
internal static class VersionHistory
{
    /// <summary>Adds the stored letter's current text as its next earlier version; call before it is overwritten, in the same transaction.</summary>
    public static async Task KeepCurrentAsync(AgendasDbContext db, Document document, DateTime replacedAt, CancellationToken ct)
    {
        int documentId = document.Id;
        int earlier = await db.DocumentVersions.CountAsync(v => v.DocumentId == documentId, ct).ConfigureAwait(false);
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = documentId,
            Number = earlier + 1,
            SourceFileName = document.SourceFileName,
            SourceText = document.SourceText,
            ContentHash = document.ContentHash,
            SourceEncoding = document.SourceEncoding,
            ImportedAt = document.ImportedAt,
            ReplacedAt = replacedAt,
        });
    }
}
