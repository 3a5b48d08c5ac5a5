using System.IO.Compression;

namespace Agendas.Data.Export;

/// <summary>The export as one zip archive (the download <c>/downloads/agendas.zip</c>).</summary>
public static class ExportZip
{
    /// <summary>Writes the files as they come; returns how many.</summary>
    public static async Task<int> WriteAsync(IAsyncEnumerable<ExportFile> files, Stream destination, CancellationToken ct)
    {
        int count = 0;
        var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await using (archive.ConfigureAwait(false))
        {
            await foreach (var file in files.WithCancellation(ct).ConfigureAwait(false))
            {
                count++;
                var entry = archive.CreateEntry(file.Path, CompressionLevel.Optimal);
                // Zip stores local times without a zone; UTC is what the README speaks of.
                entry.LastWriteTime = new DateTimeOffset(file.Modified, TimeSpan.Zero);
                var stream = await entry.OpenAsync(ct).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    await stream.WriteAsync(file.Content, ct).ConfigureAwait(false);
                }
            }
        }
        return count;
    }
}
