using System.Text.Json;
using Agendas.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

/// <summary>
/// Keeps <c>WordForms</c> equal to the lexicon of the stored letters: a new letter adds its words,
/// a replaced version takes its own away, so evidence does not grow with every re-import.
/// </summary>
internal static class WordFormCounts
{
    private const int LookUpChunk = 500;

    /// <summary>The stored counts of <paramref name="forms"/> (the forms a run's hyphens need).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> LoadAsync(AgendasDbContext db, IReadOnlySet<string> forms, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string[] chunk in forms.Chunk(LookUpChunk))
        {
            var rows = await db.WordForms.AsNoTracking()
                .Where(w => chunk.Contains(w.Form))
                .Select(w => new { w.Form, w.Count })
                .ToListAsync(ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                counts[row.Form] = row.Count;
            }
        }
        return counts;
    }

    /// <summary>The change in counts when <paramref name="oldText"/> (if any) is replaced by <paramref name="newText"/>.</summary>
    public static Dictionary<string, int> Delta(string newText, string? oldText)
    {
        var delta = new Dictionary<string, int>(WordEvidence.Lexicon(newText), StringComparer.Ordinal);
        if (oldText is not null)
        {
            foreach (var (form, n) in WordEvidence.Lexicon(oldText))
            {
                delta[form] = delta.GetValueOrDefault(form) - n;
            }
        }
        foreach (string form in delta.Where(d => d.Value == 0).Select(d => d.Key).ToList())
        {
            delta.Remove(form);
        }
        return delta;
    }

    /// <summary>Applies a delta in two statements (an upsert over a JSON object, then a sweep), inside the current transaction.</summary>
    public static async Task ApplyAsync(AgendasDbContext db, IReadOnlyDictionary<string, int> delta, CancellationToken ct)
    {
        if (delta.Count == 0)
        {
            return;
        }
        string json = JsonSerializer.Serialize(delta);
        // "WHERE true" lets SQLite's parser tell the upsert's ON CONFLICT from a join constraint.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "WordForms" ("Form", "Count")
            SELECT "key", "value" FROM json_each({json}) WHERE true
            ON CONFLICT ("Form") DO UPDATE SET "Count" = "Count" + excluded."Count"
            """,
            ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "WordForms" WHERE "Count" <= 0""", ct).ConfigureAwait(false);
    }
}
