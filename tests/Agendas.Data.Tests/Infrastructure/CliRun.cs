using Agendas.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Agendas.Data.Tests.Infrastructure;

/// <summary>One in-process run of the command line, with what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs <c>agendas</c> with an empty configuration (no environment variables leak in) and no terminal.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var options = new CliOptions { Interactive = false, Configuration = new ConfigurationBuilder().Build() };
        int exit = await CliApp.RunAsync(args, stdout, stderr, options);
        // The CLI pools its connections; let go of the file so the test folder can be removed.
        SqliteConnection.ClearAllPools();
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
