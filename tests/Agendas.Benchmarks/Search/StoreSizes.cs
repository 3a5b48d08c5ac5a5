using Microsoft.Data.Sqlite;

namespace Agendas.Benchmarks.Search;

/// <summary>Bytes on disk per table and index (SQLite's <c>dbstat</c>), summed into what a reader wants to know.</summary>
internal static class StoreSizes
{
    public static async Task PrintAsync(SqliteConnection connection, string databasePath, TextWriter output)
    {
        await output.WriteLineAsync($"database file: {Mb(new FileInfo(databasePath).Length)}");
        var pages = new List<(string Name, long Bytes)>();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                pages.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        catch (SqliteException)
        {
            // The SQLite bundled with Microsoft.Data.Sqlite has no dbstat; Debian's sqlite3 does (tools/bench-search.sh).
            await output.WriteLineAsync($"FTS5 index payload (blocks of SearchIndex_data, no dbstat here): {Mb(await ScalarAsync(connection, "SELECT SUM(length(block)) FROM SearchIndex_data"))}");
            return;
        }
        long fts = pages.Where(p => p.Name.StartsWith("SearchIndex", StringComparison.Ordinal)).Sum(p => p.Bytes);
        long entries = pages.Where(p => p.Name.Contains("SearchEntries", StringComparison.Ordinal)).Sum(p => p.Bytes);
        long paragraphs = pages.Where(p => p.Name.Contains("Paragraphs", StringComparison.Ordinal)).Sum(p => p.Bytes);
        long documents = pages.Where(p => p.Name.Contains("Documents", StringComparison.Ordinal)).Sum(p => p.Bytes);
        await output.WriteLineAsync($"FTS5 index (SearchIndex_* shadow tables): {Mb(fts)}");
        await output.WriteLineAsync($"search entries (text kept for snippets, SearchEntries + its indexes): {Mb(entries)}");
        await output.WriteLineAsync($"paragraphs (+ indexes): {Mb(paragraphs)}; documents incl. source text (+ indexes): {Mb(documents)}");
        await output.WriteLineAsync("largest tables and indexes:");
        foreach (var (name, bytes) in pages.Take(12))
        {
            await output.WriteLineAsync($"  {name,-48} {Mb(bytes)}");
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0 MB", System.Globalization.CultureInfo.InvariantCulture);
}
