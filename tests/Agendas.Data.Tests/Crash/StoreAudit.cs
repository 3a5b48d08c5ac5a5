using Microsoft.Data.Sqlite;

namespace Agendas.Data.Tests.Crash;

/// <summary>What must hold of a database file whatever happened to the process that wrote it.</summary>
internal static class StoreAudit
{
    /// <summary>
    /// SQLite's own check of every b-tree and index; the foreign keys; the full-text index's own check; and the
    /// full-text rows against the entries. The search table is contentless, so its <c>integrity-check</c> can only
    /// prove the index internally consistent (there is no content to compare it with): that every entry has its row
    /// and no row lacks its entry is checked here, by rowid.
    /// </summary>
    /// <returns>The number of migrations applied (all checks beyond SQLite's own need the whole schema).</returns>
    public static async Task<int> AssertSoundAsync(string databasePath, int migrationCount)
    {
        var connectionString = new SqliteConnectionStringBuilder(AgendasDatabase.ForFile(databasePath)) { Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        Assert.Equal(["ok"], await ColumnAsync(connection, "PRAGMA integrity_check"));
        Assert.Empty(await ColumnAsync(connection, "SELECT \"table\" FROM pragma_foreign_key_check"));
        bool hasHistory = (await ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE name = '__EFMigrationsHistory'")).Count == 1;
        int applied = hasHistory ? (await ColumnAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory")).Count : 0;
        if (applied < migrationCount)
        {
            // Killed while the schema was written: each migration is its own transaction, so the file holds the
            // earlier ones whole, and no letter (letters are written only after the last one).
            return applied;
        }
        await using (var fts = connection.CreateCommand())
        {
            // Throws SQLITE_CORRUPT_VTAB when the index is damaged.
            fts.CommandText = "INSERT INTO SearchIndex(SearchIndex) VALUES('integrity-check')";
            await fts.ExecuteNonQueryAsync();
        }
        var entryIds = await ColumnAsync(connection, "SELECT Id FROM SearchEntries ORDER BY Id");
        var indexRowIds = await ColumnAsync(connection, "SELECT rowid FROM SearchIndex ORDER BY rowid");
        Assert.Equal(entryIds, indexRowIds);
        Assert.Empty(await ColumnAsync(connection, "SELECT Slug FROM Meetings WHERE Id NOT IN (SELECT MeetingId FROM Documents)"));
        return applied;
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        return values;
    }
}
