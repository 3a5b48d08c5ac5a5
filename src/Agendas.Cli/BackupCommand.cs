using System.Globalization;
using Agendas.Data.Logging;
using Microsoft.Data.Sqlite;

namespace Agendas.Cli;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the database while the web app reads it and an import may be
/// writing (docs/operations.md). <c>VACUUM INTO</c> copies inside one read transaction, so the copy holds every
/// committed letter and nothing of one being imported, and in WAL mode it neither waits for the writer nor blocks
/// it. The copy is written next to the target under a temporary name, checked with <c>PRAGMA integrity_check</c>,
/// and only then renamed: a failed backup never leaves a half file under the name a restore would use.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(CliSettings settings, string target, bool force, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(settings.ConnectionString)
        {
            // Never create an empty database where the real one was expected; let go of the file when done.
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        };
        string sourcePath = Path.GetFullPath(source.DataSource);
        string targetPath = Path.GetFullPath(target);
        if (Refusal(sourcePath, targetPath, force) is { } refusal)
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: {refusal}")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }

        string folder = Path.GetDirectoryName(targetPath)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(targetPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await CopyAsync(source.ToString(), temporary, ct).ConfigureAwait(false);
            var (integrity, letters) = await CheckAsync(temporary, ct).ConfigureAwait(false);
            if (integrity != "ok")
            {
                await stderr.WriteLineAsync(SafeText.Escape($"agendas: de kopie is niet in orde ({integrity}); niets geschreven")).ConfigureAwait(false);
                return ExitCodes.FileFailed;
            }
            // Without --force a file that appeared meanwhile is still not replaced.
            File.Move(temporary, targetPath, overwrite: force);
            long bytes = new FileInfo(targetPath).Length;
            await stdout.WriteLineAsync(SafeText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"reservekopie geschreven: {targetPath} ({letters} brieven, {bytes / 1024.0 / 1024.0:0.0} MB, integrity_check ok)"))).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: de reservekopie is mislukt: {ex.Message}")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string? Refusal(string sourcePath, string targetPath, bool force)
    {
        if (!File.Exists(sourcePath))
        {
            return $"de database {sourcePath} bestaat niet";
        }
        if (string.Equals(sourcePath, targetPath, StringComparison.Ordinal))
        {
            return "de reservekopie kan niet de database zelf zijn";
        }
        if (Directory.Exists(targetPath))
        {
            return $"{targetPath} is een map; geef de naam van het bestand voor de reservekopie";
        }
        if (File.Exists(targetPath) && !force)
        {
            return $"{targetPath} bestaat al; gebruik --force om het te vervangen";
        }
        return null;
    }

    private static async Task CopyAsync(string connectionString, string path, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "VACUUM INTO $path";
                command.Parameters.AddWithValue("$path", path);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The copy's integrity_check (the first line: "ok" or the first problem) and its number of letters.</summary>
    private static async Task<(string Integrity, long Letters)> CheckAsync(string path, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            string integrity = Convert.ToString(await ScalarAsync(connection, "PRAGMA integrity_check", ct).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
            long letters = integrity == "ok" ? Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM Documents", ct).ConfigureAwait(false), CultureInfo.InvariantCulture) : 0;
            return (integrity, letters);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }
    }
}
