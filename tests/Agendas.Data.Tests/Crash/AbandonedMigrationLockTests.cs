using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Agendas.Data.Tests.Crash;

/// <summary>
/// EF Core marks a running migration with a row in <c>__EFMigrationsLock</c>; a process killed while it holds the row
/// leaves it behind. Neither the app nor the CLI may then wait for it forever.
/// </summary>
public sealed class AbandonedMigrationLockTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string AbandonedLock = """INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-23 10:00:00+00:00')""";

    private readonly TempStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_migration_goes_ahead_over_the_lock_a_killed_migration_left()
    {
        await using (var db = _store.Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        }
        await _store.ExecuteAsync(AbandonedLock);

        await using (var db = _store.Open())
        {
            using var timeout = new CancellationTokenSource(Patience);
            await AgendasDatabase.MigrateAsync(db, timeout.Token);
        }

        Assert.Empty(await _store.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.Equal(0, await _store.QueryAsync(db => db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "__EFMigrationsLock" """).SingleAsync()));
    }

    [Fact]
    public async Task An_import_into_a_current_database_goes_ahead_over_an_abandoned_lock()
    {
        await _store.InitializeAsync();
        await _store.ExecuteAsync(AbandonedLock);

        var run = await CliRun.RunAsync("import", Seeds.Path("000"), "--db", _store.DatabasePath).WaitAsync(Patience);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 imported, 0 updated, 0 unchanged, 0 failed", run.Lines[^1]);
    }
}
