using Serilog.Core;
using Serilog.Events;

namespace Agendas.Data.Logging;

/// <summary>
/// Log properties carry file names and reasons from outside (a name may hold a newline or a terminal escape):
/// every string property is escaped with <see cref="SafeText"/> before a sink writes it, as the per-file lines are.
/// </summary>
public sealed class SafeLogProperties : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && SafeText.Escape(text) is var safe && !ReferenceEquals(safe, text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(safe)));
            }
        }
    }
}
