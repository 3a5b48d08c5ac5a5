using Microsoft.EntityFrameworkCore;

namespace Agendas.Data;

/// <summary>
/// Applies pending migrations so that a process killed in the middle cannot leave the database unusable.
/// </summary>
/// <remarks>
/// EF Core guards migrations on SQLite with a row in <c>__EFMigrationsLock</c>, deleted when it is done. A process
/// killed while holding it (SIGKILL, a container stopped) leaves the row behind, and every later migration, at every
/// start of the app and every <c>import</c>, waits for it forever. So: a database without pending migrations is not
/// migrated at all (no row is taken), and a migration first takes an operating-system lock on a file beside the
/// database, which the system releases when its holder dies. Whoever holds that file lock is the only migrator of
/// this program, so a lock row it finds can only be one a killed process left: it is removed before migrating.
/// </remarks>
internal static class MigrationGate
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static async Task MigrateAsync(AgendasDbContext db, string? databaseFile, CancellationToken ct)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).Any())
        {
            return;
        }
        if (databaseFile is null)
        {
            // An in-memory database dies with its process, lock row and all.
            await db.Database.MigrateAsync(ct).ConfigureAwait(false);
            return;
        }
        using var fileLock = await AcquireAsync(databaseFile + ".migrate-lock", ct).ConfigureAwait(false);
        await RemoveAbandonedLockAsync(db, ct).ConfigureAwait(false);
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }

    private static async Task<FileStream> AcquireAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix, a share lock on Windows; either way it
                // ends with the process that holds it.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Pause, ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task RemoveAbandonedLockAsync(AgendasDbContext db, CancellationToken ct)
    {
        // Asked first, not tried: a failed command is logged as an error, and a new database has no such table yet.
        int tables = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(ct).ConfigureAwait(false);
        if (tables > 0)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", ct).ConfigureAwait(false);
        }
    }
}
