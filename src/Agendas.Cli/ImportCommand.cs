using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Data.Logging;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Agendas.Cli;

/// <summary><c>import &lt;file-or-folder&gt;...</c>: one line per file, then the summary line.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> paths,
        CliSettings settings,
        TopicVocabulary vocabulary,
        ILoggerFactory loggers,
        TextWriter stdout,
        bool interactive,
        CancellationToken ct)
    {
        var db = AgendasDatabase.CreateContext(settings.ConnectionString);
        await using (db.ConfigureAwait(false))
        {
            await AgendasDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
            var importer = new LetterImporter(db, vocabulary, loggers.CreateLogger<LetterImporter>());

            ImportSummary summary;
            if (interactive)
            {
                summary = await ImportWithProgressBarAsync(importer, paths, stdout, ct).ConfigureAwait(false);
            }
            else
            {
                var lines = new LineWriter(stdout);
                summary = await importer.ImportAsync(paths, lines, ct).ConfigureAwait(false);
            }
            await stdout.WriteLineAsync(summary.SummaryLine).ConfigureAwait(false);
            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.FileFailed;
        }
    }

    /// <summary>The line printed for one file, with anything from outside escaped.</summary>
    public static string Line(ImportOutcome outcome) => SafeText.Escape(outcome.ToString());

    private static async Task<ImportSummary> ImportWithProgressBarAsync(LetterImporter importer, IReadOnlyList<string> paths, TextWriter stdout, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        int total = InputFiles.Expand(paths).Count;
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                // Reading and parsing come first and take most of the time; the bar moves as files are written.
                var task = context.AddTask("Importeren", maxValue: Math.Max(total, 1));
                var progress = new SynchronousProgress<ImportOutcome>(outcome =>
                {
                    // Lines written through the same console appear above the bar.
                    console.WriteLine(Line(outcome));
                    task.Increment(1);
                });
                return await importer.ImportAsync(paths, progress, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Prints each outcome as it comes, in order (Progress&lt;T&gt; would post to the thread pool and reorder them).</summary>
    private sealed class LineWriter(TextWriter stdout) : IProgress<ImportOutcome>
    {
        public void Report(ImportOutcome value) => stdout.WriteLine(Line(value));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
