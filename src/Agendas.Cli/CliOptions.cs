using Microsoft.Extensions.Configuration;

namespace Agendas.Cli;

/// <summary>What the host around the command line decides: a terminal or not, and which configuration.</summary>
public sealed record CliOptions
{
    /// <summary>Output goes to a terminal: show a progress bar. Plain lines otherwise (redirected output, tests).</summary>
    public bool Interactive { get; init; }

    /// <summary>The configuration to read; null reads the program's own (appsettings.json beside it, then environment variables).</summary>
    public IConfiguration? Configuration { get; init; }
}
