using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Export;
using Agendas.Data.Logging;
using Microsoft.Data.Sqlite;

namespace Agendas.Cli;

/// <summary>
/// <c>export &lt;folder&gt;</c>: the files of the download <c>/downloads/agendas.zip</c> (<see cref="DataExport"/>) written
/// into a folder: README.txt, topics.json and per letter its text and its JSON.
/// </summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(string folder, CliSettings settings, TopicVocabulary vocabulary, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string database = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        // Reading must not create an empty database where the user mistyped a path.
        if (!File.Exists(database))
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: de database {database} bestaat niet; importeer eerst brieven of geef --db")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }
        if (await FolderProblemAsync(folder) is { } problem)
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: in de map {folder} kan niet worden geschreven: {problem}")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }

        byte[] topicsJson = await File.ReadAllBytesAsync(settings.TopicsFile, ct).ConfigureAwait(false);
        var db = AgendasDatabase.CreateContext(settings.ConnectionString);
        await using (db.ConfigureAwait(false))
        {
            IReadOnlyList<string> files;
            try
            {
                files = await ExportFolder.WriteAsync(DataExport.FilesAsync(db, vocabulary, topicsJson, ct), folder, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync(SafeText.Escape($"agendas: in de map {folder} kan niet worden geschreven: {ex.Message}")).ConfigureAwait(false);
                return ExitCodes.FileFailed;
            }
            int letters = files.Count(DataExport.IsLetterText);
            await stdout.WriteLineAsync(SafeText.Escape($"{letters} {(letters == 1 ? "brief" : "brieven")} geëxporteerd naar {folder} ({files.Count} bestanden)")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }

    /// <summary>
    /// Checked before the letters are parsed again, which takes a while for many letters: the folder exists or can be
    /// made, and a file can be written in it.
    /// </summary>
    private static async Task<string?> FolderProblemAsync(string folder)
    {
        if (File.Exists(folder))
        {
            return "dit is een bestand, geen map";
        }
        try
        {
            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".agendas-{Guid.NewGuid():N}.tmp");
            await File.WriteAllBytesAsync(probe, []).ConfigureAwait(false);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }
}
