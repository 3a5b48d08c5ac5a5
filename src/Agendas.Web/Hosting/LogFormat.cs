using Serilog;
using Serilog.Formatting.Compact;

namespace Agendas.Web.Hosting;

/// <summary>
/// <c>Agendas:LogFormat</c>: <c>text</c> (default) writes the console lines people read; <c>json</c> writes one
/// compact JSON object per event (Serilog's CLEF: <c>@t</c>, <c>@mt</c>, <c>@l</c> and the event's properties, e.g.
/// <c>RequestPath</c> and <c>StatusCode</c>), for a log collector. The CLI reads the same key.
/// </summary>
internal static class LogFormat
{
    public const string Key = "Agendas:LogFormat";

    public static LoggerConfiguration WriteToConsole(this LoggerConfiguration logger, IConfiguration configuration)
    {
        string format = configuration[Key] is { Length: > 0 } value ? value.Trim() : "text";
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return logger.WriteTo.Console(new CompactJsonFormatter());
        }
        if (format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException($"{Key} must be 'text' or 'json', not '{format}'.");
    }
}
