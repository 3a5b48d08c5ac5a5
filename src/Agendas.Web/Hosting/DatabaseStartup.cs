using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Hosting;

/// <summary>
/// What happens before the app serves its first request: the SQLite store is created or migrated (never
/// <c>EnsureCreated</c>: the schema belongs to the migrations) and the seed letters are imported. The importer skips
/// files whose bytes it has seen, so running this at every start changes nothing the second time.
/// </summary>
internal sealed partial class DatabaseStartup(
    AgendasDbContext db,
    LetterImporter importer,
    TopicVocabulary vocabulary,
    IOptions<AgendasOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        await AgendasDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
        string database = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        LogMigrated(database);
        // Also when the seeds are not imported (a database filled by the command line): related topics need them.
        if (await TopicMentions.EnsureCurrentAsync(db, vocabulary, ct).ConfigureAwait(false))
        {
            LogMentionsFound();
        }

        var settings = options.Value;
        if (!settings.ImportSeedsOnStartup)
        {
            LogImportDisabled();
            return;
        }
        string? seeds = SeedDirectory.Locate(settings.SeedDirectory, environment.ContentRootPath, AppContext.BaseDirectory);
        if (seeds is null || !Directory.Exists(seeds))
        {
            // Serving what the database already holds beats refusing to start over a missing folder.
            LogNoSeedFolder(seeds ?? "(not found)");
            return;
        }

        var summary = await importer.ImportAsync([seeds], progress: null, ct).ConfigureAwait(false);
        foreach (var failed in summary.Outcomes.Where(o => o.Status == ImportStatus.Failed))
        {
            LogSeedFailed(failed.File, failed.Line, failed.Reason);
        }
        LogSeedsImported(seeds, summary.Imported, summary.Updated, summary.Unchanged, summary.Failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} is up to date")]
    private partial void LogMigrated(string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Topic mentions found for every stored item and session (new vocabulary or first start after an upgrade)")]
    private partial void LogMentionsFound();

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import skipped (Agendas:ImportSeedsOnStartup is false)")]
    private partial void LogImportDisabled();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed import skipped: no seed folder at {SeedDirectory}; set Agendas:SeedDirectory")]
    private partial void LogNoSeedFolder(string seedDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {File} was not imported (line {Line}): {Reason}")]
    private partial void LogSeedFailed(string file, int? line, string? reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeds from {SeedDirectory}: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Failed} failed")]
    private partial void LogSeedsImported(string seedDirectory, int imported, int updated, int unchanged, int failed);
}
