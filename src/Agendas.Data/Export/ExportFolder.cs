namespace Agendas.Data.Export;

/// <summary>The export as files in a folder (the CLI verb <c>export</c>).</summary>
public static class ExportFolder
{
    /// <summary>Writes every file under <paramref name="folder"/>, creating it and its subfolders; existing files are replaced.</summary>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing is not allowed there.</exception>
    public static async Task WriteAsync(IEnumerable<ExportFile> files, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            string path = Path.Combine(folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, ct).ConfigureAwait(false);
            File.SetLastWriteTimeUtc(path, file.Modified);
        }
    }
}
