using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Infrastructure;

/// <summary>The number of rows in every table of the store, comparable as a whole.</summary>
internal sealed record RowCounts(IReadOnlyDictionary<string, int> ByTable)
{
    public static readonly string[] Tables =
    [
        "Meetings", "Documents", "DocumentVersions", "Signatories", "Sessions", "Items", "Paragraphs", "Footnotes", "Attachments",
        "Topics", "ItemTopics", "References", "SlugHistory", "WordForms", "SearchEntries", "SearchIndex",
    ];

    public int this[string table] => ByTable[table];

    public static async Task<RowCounts> ReadAsync(AgendasDbContext db)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string table in Tables)
        {
            // Table names come from the fixed list above, never from input.
#pragma warning disable EF1002
            counts[table] = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }
        return new RowCounts(counts);
    }

    public bool Equals(RowCounts? other) => other is not null && ByTable.SequenceEqual(other.ByTable);

    public override int GetHashCode() => ByTable.Count;

    public override string ToString() => string.Join(", ", ByTable.Select(kv => $"{kv.Key}={kv.Value}"));
}
