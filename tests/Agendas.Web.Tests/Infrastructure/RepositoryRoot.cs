namespace Agendas.Web.Tests.Infrastructure;

/// <summary>The clone the tests run from: the nearest folder above the test binaries that holds Agendas.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Agendas.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Agendas.sln above {AppContext.BaseDirectory}.");
    }
}
