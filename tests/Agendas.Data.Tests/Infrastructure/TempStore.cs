using Agendas.Core.Topics;
using Agendas.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Agendas.Data.Tests.Infrastructure;

/// <summary>A real SQLite file in a fresh temporary folder, migrated, deleted afterwards.</summary>
internal sealed class TempStore : IAsyncLifetime
{
    private static readonly Lazy<TopicVocabulary> LazyVocabulary = new(() => TopicVocabulary.FromJson(File.ReadAllText(Seeds.TopicsFile)));

    public TempStore()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agendas-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = System.IO.Path.Combine(Folder, "agendas.db");
        // No pooling: every connection is closed when a context is disposed, so the folder can be removed.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString();
    }

    public static TopicVocabulary Vocabulary => LazyVocabulary.Value;

    public string Folder { get; }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    public AgendasDbContext Open() => AgendasDatabase.CreateContext(ConnectionString);

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await AgendasDatabase.MigrateAsync(db);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a test failing over it would not be.
        }
        return Task.CompletedTask;
    }

    /// <summary>Imports through the real importer, with a fresh context as the web app and the CLI use it.</summary>
    public async Task<ImportSummary> ImportAsync(params string[] paths)
    {
        await using var db = Open();
        var importer = new LetterImporter(db, Vocabulary, NullLogger<LetterImporter>.Instance);
        return await importer.ImportAsync(paths);
    }

    /// <summary>A file in the store's folder with the given bytes.</summary>
    public string WriteFile(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Folder, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteFile(string name, string text) => WriteFile(name, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Rows per table, for "nothing changed" and "no duplicates" assertions.</summary>
    public async Task<RowCounts> CountRowsAsync()
    {
        await using var db = Open();
        return await RowCounts.ReadAsync(db);
    }

    public async Task<T> QueryAsync<T>(Func<AgendasDbContext, Task<T>> query)
    {
        await using var db = Open();
        return await query(db);
    }

    /// <summary>Runs raw SQL on the store (a test that needs the database to misbehave).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = Open();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
