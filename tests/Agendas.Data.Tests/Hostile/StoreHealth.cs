using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Agendas.Data.Tests.Hostile;

/// <summary>Whether a store survived a run: SQLite's own integrity check and that of the full-text index.</summary>
internal static class StoreHealth
{
    public static async Task AssertIntactAsync(TempStore store)
    {
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }
        await using (var fts = connection.CreateCommand())
        {
            // Throws (SQLITE_CORRUPT_VTAB) when the index disagrees with itself.
            fts.CommandText = "INSERT INTO \"SearchIndex\"(\"SearchIndex\", rank) VALUES('integrity-check', 0)";
            await fts.ExecuteNonQueryAsync();
        }
    }
}
