namespace Agendas.Data.Tests.Infrastructure;

/// <summary>The five letters of <c>seeds/</c>, copied into the test output by the project file.</summary>
internal static class Seeds
{
    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string TopicsFile => System.IO.Path.Combine(AppContext.BaseDirectory, "topics.json");

    public static IReadOnlyList<string> All => [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>The seed whose name starts with <paramref name="number"/> (<c>"002"</c>).</summary>
    public static string Path(string number) => All.Single(p => System.IO.Path.GetFileName(p).StartsWith(number + "_", StringComparison.Ordinal));

    public static string Text(string number) => File.ReadAllText(Path(number));

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
