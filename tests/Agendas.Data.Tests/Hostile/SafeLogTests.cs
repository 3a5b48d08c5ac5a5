using Agendas.Data.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Agendas.Data.Tests.Hostile;

/// <summary>The CLI's verbose log (<c>--verbose</c>) escapes file names as its per-file lines do.</summary>
public class SafeLogTests
{
    [Fact]
    public void A_file_name_with_a_newline_and_escape_codes_is_logged_escaped()
    {
        var sink = new Collected();
        using (var logger = new LoggerConfiguration().Enrich.With<SafeLogProperties>().WriteTo.Sink(sink).CreateLogger())
        {
            logger.Warning("{File} {Outcome}: {Reason}", "brief\n\u001b[2J\u202e.txt", "failed", "geen brief");
        }

        string rendered = Assert.Single(sink.Events).RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain('\n', rendered);
        Assert.DoesNotContain('\u001b', rendered);
        Assert.DoesNotContain('\u202e', rendered);
        Assert.Contains(@"brief\u000A\u001B[2J\u202E.txt", rendered, StringComparison.Ordinal);
        Assert.Contains("geen brief", rendered, StringComparison.Ordinal);
    }

    private sealed class Collected : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
