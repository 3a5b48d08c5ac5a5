namespace Agendas.Data.Import;

/// <summary>Turns the paths a user gives into the list of files to read.</summary>
public static class InputFiles
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
    };

    /// <summary>
    /// A file stays as given; a folder becomes its <c>*.txt</c> files at any depth, sorted ordinally by their
    /// path inside the folder so that every run (and every machine) sees them in the same order. A path that
    /// does not exist stays in the list: reading it yields a failed outcome that names it.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", Recursive)
                    .Select(f => Path.GetRelativePath(path, f))
                    .Order(StringComparer.Ordinal)
                    .Select(relative => Path.Join(path, relative)));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }
}
