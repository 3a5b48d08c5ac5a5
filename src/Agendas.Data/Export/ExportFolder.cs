namespace Agendas.Data.Export;

/// <summary>The export as files in a folder (the CLI verb <c>export</c>).</summary>
public static class ExportFolder
{
    /// <summary>
    /// Writes every file under <paramref name="folder"/> as it comes, creating the folder and its subfolders; existing
    /// files are replaced. Returns the paths written (relative, as in the export).
    /// </summary>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing is not allowed there.</exception>
    public static async Task<IReadOnlyList<string>> WriteAsync(IAsyncEnumerable<ExportFile> files, string folder, CancellationToken ct)
    {
        var written = new List<string>();
        Directory.CreateDirectory(folder);
        await foreach (var file in files.WithCancellation(ct).ConfigureAwait(false))
        {
            string path = Path.Combine(folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, ct).ConfigureAwait(false);
            File.SetLastWriteTimeUtc(path, file.Modified);
            written.Add(file.Path);
        }
        return written;
    }
}
