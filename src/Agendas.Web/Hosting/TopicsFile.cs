namespace Agendas.Web.Hosting;

/// <summary>Where the topic vocabulary is read from: the parser's tags and the file the download ships.</summary>
internal static class TopicsFile
{
    /// <summary><c>Agendas:TopicsFile</c> (relative to the content root), else the <c>topics.json</c> shipped with the program.</summary>
    public static string Path(AgendasOptions options, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(options.TopicsFile)
            ? System.IO.Path.Combine(AppContext.BaseDirectory, "topics.json")
            : System.IO.Path.GetFullPath(options.TopicsFile, environment.ContentRootPath);
}
