using Agendas.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data;

/// <summary>Opening the SQLite store the same way everywhere: the web app, the CLI, the tests and the EF tools.</summary>
public static class AgendasDatabase
{
    public const string DefaultConnectionString = "Data Source=agendas.db";

    /// <summary>The connection string with foreign keys enforced; any other setting is kept.</summary>
    public static string Normalize(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        // A busy database (the web app reading while the CLI writes) is waited for, not failed at once.
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }
        return builder.ToString();
    }

    /// <summary>A connection string for a database file.</summary>
    public static string ForFile(string path) => Normalize(new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(Normalize(connectionString));

    public static DbContextOptions<AgendasDbContext> CreateOptions(string connectionString) =>
        ((DbContextOptionsBuilder<AgendasDbContext>)Configure(new DbContextOptionsBuilder<AgendasDbContext>(), connectionString)).Options;

    public static AgendasDbContext CreateContext(string connectionString) => new(CreateOptions(connectionString));

    /// <summary>
    /// Creates the database file when it does not exist, applies pending migrations, and switches the file to
    /// write-ahead logging, so that readers (the web app) and a writer (an import) do not block each other; builds the
    /// search index of letters stored before it existed.
    /// </summary>
    public static async Task MigrateAsync(AgendasDbContext db, CancellationToken ct = default)
    {
        var settings = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        bool inMemory = settings.Mode == SqliteOpenMode.Memory || settings.DataSource is "" or ":memory:";
        if (!inMemory && Path.GetDirectoryName(Path.GetFullPath(settings.DataSource)) is { } directory)
        {
            // SQLite creates the file but not its folder.
            Directory.CreateDirectory(directory);
        }
        await MigrationGate.MigrateAsync(db, inMemory ? null : Path.GetFullPath(settings.DataSource), ct).ConfigureAwait(false);
        // journal_mode=WAL is stored in the file: setting it once per start is enough and cheap.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct).ConfigureAwait(false);
        await SearchIndexes.EnsureBuiltAsync(db, ct).ConfigureAwait(false);
    }
}
