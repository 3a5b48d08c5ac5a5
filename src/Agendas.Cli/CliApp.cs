using Agendas.Core.Topics;
using Agendas.Data.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace Agendas.Cli;

/// <summary>
/// The command line, runnable in-process: tests call <see cref="RunAsync"/> with their own writers;
/// <c>Program</c> passes the console.
/// </summary>
public static class CliApp
{
    /// <returns>0 when nothing failed, 1 when a file failed, 2 for a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliOptions? options = null, CancellationToken ct = default)
    {
        options ??= new CliOptions();
        if (args is [GenerateCommand.Verb, .. var generateArgs])
        {
            return await GenerateCommand.RunAsync(generateArgs, stdout, stderr, options, ct).ConfigureAwait(false);
        }
        var command = CommandLine.Read(args);
        if (command.Help)
        {
            await stdout.WriteLineAsync(Usage.Text).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        if (command.Error is { } error)
        {
            await stderr.WriteLineAsync($"agendas: {error}").ConfigureAwait(false);
            await stderr.WriteLineAsync().ConfigureAwait(false);
            await stderr.WriteLineAsync(Usage.Text).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = options.Configuration ?? CliSettings.DefaultConfiguration();
        var settings = CliSettings.From(configuration, command.DatabasePath);
        TopicVocabulary vocabulary;
        try
        {
            vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(settings.TopicsFile, ct).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: het onderwerpenbestand {settings.TopicsFile} kan niet worden gelezen: {ex.Message}")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }

        if (command.Verb == CommandLine.Parse)
        {
            return await ParseCommand.RunAsync(command.Paths, vocabulary, stdout, ct).ConfigureAwait(false);
        }

        using ILoggerFactory loggers = command.Verbose ? SerilogToStandardError(configuration, stderr) : NullLoggerFactory.Instance;
        try
        {
            return command.Verb switch
            {
                CommandLine.Reindex => await ReindexCommand.RunAsync(settings, stdout, ct).ConfigureAwait(false),
                CommandLine.Backup => await BackupCommand.RunAsync(settings, command.Paths[0], command.Force, stdout, stderr, ct).ConfigureAwait(false),
                CommandLine.Export => await ExportCommand.RunAsync(command.Paths[0], settings, vocabulary, stdout, stderr, ct).ConfigureAwait(false),
                _ => await ImportCommand.RunAsync(command.Paths, settings, vocabulary, loggers, stdout, options.Interactive, ct).ConfigureAwait(false),
            };
        }
        catch (SqliteException ex)
        {
            // The store itself is unusable (not a database, read-only, locked too long): say so, not a stack trace.
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: de database kan niet worden gebruikt: {ex.Message}")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("agendas: afgebroken").ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }
    }

    // Logs are for the person at the terminal: standard error, so that standard output stays the per-file lines.
    // Agendas:LogFormat=json (as in the web app) writes one compact JSON object per event to the same stream instead.
    private static SerilogLoggerFactory SerilogToStandardError(IConfiguration configuration, TextWriter stderr)
    {
        var logger = new LoggerConfiguration().MinimumLevel.Information();
        logger = configuration[CliSettings.LogFormatKey]?.Trim().Equals("json", StringComparison.OrdinalIgnoreCase) == true
            ? logger.WriteTo.Sink(new JsonLinesSink(stderr, new CompactJsonFormatter()))
            // The text form prints names and reasons as they come: escape them (JSON escapes controls itself).
            : logger.Enrich.With<SafeLogProperties>().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        return new SerilogLoggerFactory(logger.CreateLogger(), dispose: true);
    }
}
