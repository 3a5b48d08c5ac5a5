using Agendas.Data;
using Microsoft.Extensions.Configuration;

namespace Agendas.Cli;

/// <summary>The settings the CLI shares with the web app (product.md, "Configuration"), with the same defaults.</summary>
internal sealed record CliSettings(string ConnectionString, string TopicsFile)
{
    public const string ConnectionStringName = "Agendas";
    public const string TopicsFileKey = "Agendas:TopicsFile";

    /// <summary><c>text</c> (default) or <c>json</c>: the format of the <c>--verbose</c> log lines, as in the web app.</summary>
    public const string LogFormatKey = "Agendas:LogFormat";

    /// <summary>appsettings.json beside the program, then environment variables (<c>ConnectionStrings__Agendas</c>, <c>Agendas__TopicsFile</c>).</summary>
    public static IConfiguration DefaultConfiguration() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <param name="configuration">The configuration to read.</param>
    /// <param name="databasePath">The <c>--db</c> option: a database file that overrides the connection string.</param>
    public static CliSettings From(IConfiguration configuration, string? databasePath)
    {
        string connectionString = databasePath is not null
            ? AgendasDatabase.ForFile(databasePath)
            : configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : AgendasDatabase.DefaultConnectionString;
        string topicsFile = configuration[TopicsFileKey] is { Length: > 0 } file ? file : Path.Combine(AppContext.BaseDirectory, "topics.json");
        return new CliSettings(connectionString, topicsFile);
    }
}
