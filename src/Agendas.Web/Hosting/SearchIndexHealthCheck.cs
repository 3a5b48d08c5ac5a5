using System.Data.Common;
using System.Globalization;
using Agendas.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agendas.Web.Hosting;

/// <summary>
/// The full-text index (the FTS5 table <c>SearchIndex</c>, src/Agendas.Data/Search) is in step with the search
/// entries: FTS5's own integrity check passes and it holds exactly one row per entry. Imports keep both in one
/// transaction, so a mismatch means someone changed the file behind the app's back; <c>agendas reindex</c> repairs it.
/// </summary>
/// <remarks>
/// <c>PRAGMA integrity_check('SearchIndex')</c> runs FTS5's check (SQLite 3.44 and later) as a read: unlike the
/// <c>INSERT … VALUES('integrity-check')</c> command it takes no write lock, so it neither waits for an import nor
/// holds one up.
/// </remarks>
internal sealed class SearchIndexHealthCheck(AgendasDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // One deferred (read) transaction: the check and both counts see the same snapshot, even while an import
            // commits. BeginTransaction() would be BEGIN IMMEDIATE, which takes the write lock.
            await using var transaction = connection.BeginTransaction(deferred: true);
            string integrity = await ScalarAsync(connection, transaction, "PRAGMA integrity_check('SearchIndex')", cancellationToken);
            if (integrity != "ok")
            {
                return HealthCheckResult.Unhealthy($"De zoekindex is beschadigd ({integrity}); herstel met 'agendas reindex'.");
            }
            long indexed = long.Parse(await ScalarAsync(connection, transaction, "SELECT count(*) FROM SearchIndex", cancellationToken), CultureInfo.InvariantCulture);
            long entries = long.Parse(await ScalarAsync(connection, transaction, "SELECT count(*) FROM SearchEntries", cancellationToken), CultureInfo.InvariantCulture);
            return indexed == entries
                ? HealthCheckResult.Healthy($"De zoekindex is in orde: {entries} ingangen.")
                : HealthCheckResult.Unhealthy($"De zoekindex heeft {indexed} rijen voor {entries} ingangen; herstel met 'agendas reindex'.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) ?? "";
    }
}
