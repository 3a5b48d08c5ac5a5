using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Agendas.Cli;

/// <summary>
/// Writes each event through a formatter to a writer (the CLI's standard error): the console sink always writes to
/// the process's console, and tests run the CLI in-process with writers of their own.
/// </summary>
internal sealed class JsonLinesSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
