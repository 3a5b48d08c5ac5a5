using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Search;

/// <summary>The search index of a store, chosen by its database provider (SQLite today).</summary>
public static class SearchIndexes
{
    /// <param name="db">The store.</param>
    /// <param name="snapshots">The in-memory snapshots of a long-lived process (the web app), or null.</param>
    public static ISearchIndex For(AgendasDbContext db, Memory.SearchSnapshots? snapshots = null) => db.Database.IsSqlite()
        ? new SqliteSearchIndex(db, snapshots)
        : throw new NotSupportedException($"No search index for the provider {db.Database.ProviderName}.");

    /// <summary>
    /// Builds the index when letters are stored but none is indexed: a database imported before the index existed
    /// (its migration creates the tables empty, and unchanged letters are never written again).
    /// </summary>
    public static async Task EnsureBuiltAsync(AgendasDbContext db, CancellationToken ct = default)
    {
        if (await db.Documents.AnyAsync(ct).ConfigureAwait(false) && !await db.Set<SearchEntry>().AnyAsync(ct).ConfigureAwait(false))
        {
            await For(db).RebuildAsync(ct).ConfigureAwait(false);
        }
    }
}
