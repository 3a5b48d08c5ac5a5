namespace Agendas.Browser.Tests.Infrastructure;

/// <summary>
/// Where screenshots go: <c>AGENDAS_SCREENSHOTS</c> when set (tools/test.sh points it next to the TRX files it keeps),
/// otherwise <c>TestResults/screenshots</c> under the test binaries.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("AGENDAS_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Creates the folder and empties it of earlier runs' pictures, so that each one in it is from this run.</summary>
    public static void StartRun()
    {
        System.IO.Directory.CreateDirectory(Directory);
        foreach (string old in System.IO.Directory.EnumerateFiles(Directory, "*.png"))
        {
            File.Delete(old);
        }
    }

    /// <summary>The file for a screenshot, with anything a file system might refuse in its name replaced.</summary>
    public static string PathFor(string name)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_')]);
        return Path.Combine(Directory, $"{safe}.png");
    }
}
