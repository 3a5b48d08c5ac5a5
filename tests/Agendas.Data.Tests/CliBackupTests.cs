using Agendas.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Agendas.Data.Tests;

/// <summary>
/// <c>agendas backup &lt;file&gt;</c>: a consistent copy while the store is in use: what was committed, never what a
/// writer has under way, and a file that opens with integrity_check ok.
/// </summary>
public sealed class CliBackupTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    private string Target => Path.Combine(_store.Folder, "kopie", "agendas-backup.db");

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _store.ImportAsync(Seeds.Directory);
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Backup_while_a_writer_holds_a_transaction_copies_what_was_committed()
    {
        var committed = await LettersAsync(_store.DatabasePath);
        await using var writer = new SqliteConnection(AgendasDatabase.ForFile(_store.DatabasePath));
        await writer.OpenAsync();
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await ExecuteAsync(writer, "UPDATE Documents SET Title = 'half geschreven'");
        await ExecuteAsync(writer, "DELETE FROM Documents WHERE Id = (SELECT min(Id) FROM Documents)");

        var run = await CliRun.RunAsync("backup", Target, "--db", _store.DatabasePath);
        await transaction.RollbackAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"reservekopie geschreven: {Target} (5 brieven", Assert.Single(run.Lines), StringComparison.Ordinal);
        Assert.Equal("ok", await ScalarAsync(Target, "PRAGMA integrity_check"));
        Assert.Equal(5, committed.Count);
        Assert.Equal(committed, await LettersAsync(Target));
    }

    [Fact]
    public async Task Backup_keeps_an_existing_file_unless_told_to_replace_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        await File.WriteAllTextAsync(Target, "een oudere kopie");

        var refused = await CliRun.RunAsync("backup", Target, "--db", _store.DatabasePath);
        string kept = await File.ReadAllTextAsync(Target);
        var forced = await CliRun.RunAsync("backup", Target, "--db", _store.DatabasePath, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("bestaat al; gebruik --force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("een oudere kopie", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(await LettersAsync(_store.DatabasePath), await LettersAsync(Target));
        // The copy was written under a temporary name and renamed: nothing else is left in the folder.
        Assert.Equal([Target], Directory.GetFiles(Path.GetDirectoryName(Target)!));
    }

    [Fact]
    public async Task Backup_of_a_database_that_does_not_exist_creates_nothing()
    {
        string missing = Path.Combine(_store.Folder, "bestaat-niet.db");

        var run = await CliRun.RunAsync("backup", Target, "--db", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bestaat niet", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(Target));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("backup", "een.db", "twee.db")]
    [InlineData("backup", "een.db", "--verbose")]
    public async Task Backup_wants_exactly_one_file(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gebruik:", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<List<(string Slug, string Title)>> LettersAsync(string path)
    {
        await using var connection = Open(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Slug, Title FROM Documents ORDER BY Slug";
        await using var reader = await command.ExecuteReaderAsync();
        var letters = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            letters.Add((reader.GetString(0), reader.GetString(1)));
        }
        return letters;
    }

    private static async Task<string?> ScalarAsync(string path, string sql)
    {
        await using var connection = Open(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
