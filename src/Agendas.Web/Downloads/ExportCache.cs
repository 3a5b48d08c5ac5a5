using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Export;

namespace Agendas.Web.Downloads;

/// <summary>
/// The zip of <c>/downloads/agendas.zip</c>, built once per data version into a file of its own
/// (<c>agendas-v{version}.zip</c> in <see cref="Folder"/>) and served from there; older versions are deleted (a
/// download already under way keeps reading the file it opened).
/// </summary>
/// <remarks>
/// Built on the first request after an import rather than per request: every letter is parsed again for its JSON,
/// which for thousands of letters takes far longer than sending a file. Written to a temporary name and renamed, so
/// a reader never sees half a zip, not even one of another process serving the same database. One build at a time;
/// requests that arrive meanwhile wait for it. The build does not stop when the request that started it goes away:
/// the next one would only have to start again.
/// </remarks>
internal sealed partial class ExportCache(
    string folder,
    string topicsFile,
    IServiceScopeFactory scopes,
    TopicVocabulary vocabulary,
    IHostApplicationLifetime lifetime,
    ILogger<ExportCache> logger) : IDisposable
{
    private const string Prefix = "agendas-v";
    private const string Extension = ".zip";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Next to the database (<c>agendas.db.downloads</c>), so that two databases on one machine never share a zip.</summary>
    public string Folder => folder;

    /// <summary>
    /// The zip of <paramref name="version"/>, open for reading; built first when it is not there yet. Opened here,
    /// not by the caller from a path: a build for a newer version deletes this file, and an open file keeps its bytes
    /// (POSIX), where a path handed out would lead to a file that is gone by the time the response opens it.
    /// </summary>
    public async Task<FileStream> OpenAsync(long version, CancellationToken ct)
    {
        string path = PathOf(version);
        if (TryOpen(path) is { } ready)
        {
            return ready;
        }
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Built meanwhile by the request this one waited for.
            if (TryOpen(path) is { } built)
            {
                return built;
            }
            await BuildAsync(version, path, lifetime.ApplicationStopping).ConfigureAwait(false);
            var opened = TryOpen(path) ?? throw new FileNotFoundException("The download was built but is not there.", path);
            DeleteOthers(path);
            return opened;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public string PathOf(long version) => Path.Combine(folder, $"{Prefix}{version}{Extension}");

    private static FileStream? TryOpen(string path)
    {
        try
        {
            // FileShare.Delete: a newer build may delete the file while this stream is being sent.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private async Task BuildAsync(long version, string path, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        Directory.CreateDirectory(folder);
        byte[] topicsJson = await File.ReadAllBytesAsync(topicsFile, ct).ConfigureAwait(false);
        int files;
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            // The letters stream from the store into the zip one at a time: memory stays flat however many there are.
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AgendasDbContext>();
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 81920, useAsync: true);
                await using (stream.ConfigureAwait(false))
                {
                    files = await ExportZip.WriteAsync(DataExport.FilesAsync(db, vocabulary, topicsJson, ct), stream, ct).ConfigureAwait(false);
                }
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        long bytes = new FileInfo(path).Length;
        double milliseconds = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
        LogBuilt(version, files, bytes, milliseconds);
    }

    /// <summary>Zips of other versions: no longer served. One still being sent keeps its bytes until it is closed (POSIX).</summary>
    private void DeleteOthers(string current)
    {
        foreach (string other in Directory.EnumerateFiles(folder, $"{Prefix}*{Extension}"))
        {
            if (other == current)
            {
                continue;
            }
            try
            {
                File.Delete(other);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Open elsewhere (Windows): it goes with the next build.
                LogNotDeleted(other, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Download for data version {Version} built: {Files} files, {Bytes} bytes in {Milliseconds:0} ms")]
    private partial void LogBuilt(long version, int files, long bytes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Old download {Path} not deleted: {Reason}")]
    private partial void LogNotDeleted(string path, string reason);
}
