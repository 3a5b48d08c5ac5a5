using System.Diagnostics;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests;

/// <summary>The publish that the Dockerfile runs works and yields a self-sufficient folder.</summary>
public sealed class PublishTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    [Fact]
    [Trait("Category", "Publish")]
    public async Task Release_publish_holds_the_app_its_topics_and_the_seeds()
    {
        using var target = new TempDirectory();

        var (exitCode, log) = await RunDotnetAsync(
            "publish", Path.Combine(RepositoryRoot.Path, "src", "Agendas.Web", "Agendas.Web.csproj"),
            "-c", "Release", "-o", target.Path, "--nologo");

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"dotnet publish exited with {exitCode}");
        string[] expected =
        [
            "Agendas.Web.dll", "Agendas.Web.runtimeconfig.json", "Agendas.Core.dll", "Agendas.Data.dll",
            "appsettings.json", "topics.json", Path.Combine("seeds", "topics.json"),
        ];
        Assert.All(expected, file => Assert.True(File.Exists(Path.Combine(target.Path, file)), $"{file} is published"));
        Assert.Equal(
            Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(target.Path, "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(target.Path, "wwwroot", "css"), "site*.css"));
    }

    private static async Task<(int ExitCode, string Log)> RunDotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // `dotnet test` runs this process under MSBuild's variables; a nested build must find its own.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took longer than {Limit}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
