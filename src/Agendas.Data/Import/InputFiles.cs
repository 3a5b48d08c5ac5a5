using System.IO.Enumeration;

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
    /// <remarks>
    /// Symbolic links to folders are listed but never entered: a link back up the tree would loop, and one
    /// out of it would import what the folder does not hold. Reading such a link fails with that reason
    /// (<see cref="LetterFile.ReadAsync"/>), which also decides on links to files (docs/architecture.md).
    /// </remarks>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Walk(path)
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

    private static FileSystemEnumerable<string> Walk(string folder) =>
        new(folder, (ref FileSystemEntry e) => e.ToFullPath(), Recursive)
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
            ShouldIncludePredicate = (ref FileSystemEntry e) => e.IsDirectory
                ? IsLink(ref e)
                : e.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase),
        };

    private static bool IsLink(ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) != 0;
}
