namespace Agendas.Web.Hosting;

/// <summary>Finds the folder of letters that the app imports at start-up (<c>Agendas:SeedDirectory</c>).</summary>
internal static class SeedDirectory
{
    /// <summary>The marker of a seed folder: the repository's <c>seeds/</c> and a published app's both hold it.</summary>
    public const string MarkerFile = "topics.json";

    /// <summary>
    /// A configured folder wins (relative to the content root) even when it does not exist, so that the caller can
    /// say so instead of silently importing something else. Otherwise the nearest <c>seeds/</c> holding
    /// <c>topics.json</c> in the content root, the program's folder, or any folder above them: <c>dotnet run</c>
    /// finds the repository's seeds, a published app (and the Docker image) the copy shipped next to it.
    /// </summary>
    /// <returns>The full path, or null when no seed folder was configured or found.</returns>
    public static string? Locate(string? configured, string contentRoot, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }
        foreach (string start in new[] { contentRoot, baseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, MarkerFile)))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
