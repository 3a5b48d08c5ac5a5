using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Agendas.Web.Tests.Infrastructure;

/// <summary>
/// A Serilog sink that the app picks up from its services (ReadFrom.Services): it keeps every event, so that tests can
/// assert on structured log properties, and writes them to the current test's output, so that a failure shows the app's log.
/// </summary>
public sealed class TestLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    /// <summary>The output of the test running now; set by the test class, null between tests.</summary>
    public ITestOutputHelper? Output { get; set; }

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>
    /// The first event that matches, waiting for it a little: some lines are written after the response has gone
    /// out (the exception handler's, the request log's), so a test may read the response before they exist.
    /// </summary>
    public async Task<LogEvent?> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (_events.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            if (DateTime.UtcNow > deadline)
            {
                return null;
            }
            await Task.Delay(20);
        }
    }

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        if (Output is { } output)
        {
            string line = $"[{logEvent.Level}] {logEvent.RenderMessage(CultureInfo.InvariantCulture)}";
            try
            {
                output.WriteLine(logEvent.Exception is null ? line : $"{line}{Environment.NewLine}{logEvent.Exception}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished: xunit refuses late output, and the event is still in Events.
            }
        }
    }
}
