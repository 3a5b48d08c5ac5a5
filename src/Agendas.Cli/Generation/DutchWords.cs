using System.Globalization;

namespace Agendas.Cli.Generation;

/// <summary>Dates as the letters write them: "dinsdag 1 december", "1 en 2 december 2020".</summary>
internal static class DutchWords
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] Weekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    private static readonly string[] Numbers = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];

    public static string Month(DateOnly date) => Months[date.Month - 1];

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string Day(DateOnly date) => date.Day.ToString(CultureInfo.InvariantCulture);

    public static string Number(int n) => n < Numbers.Length ? Numbers[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"12 maart 2007", "12 en 13 maart 2007", "30 november en 1 december 2022".</summary>
    public static string Span(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return $"{Day(start)} {Month(start)} {start.Year}";
        }
        return start.Month == end.Month
            ? $"{Day(start)} en {Day(end)} {Month(end)} {end.Year}"
            : $"{Day(start)} {Month(start)} en {Day(end)} {Month(end)} {end.Year}";
    }

    /// <summary>"dinsdag 1 december en woensdag 2 december 2020".</summary>
    public static string SpanWithWeekdays(DateOnly start, DateOnly end) => start == end
        ? $"{Weekday(start)} {Day(start)} {Month(start)} {start.Year}"
        : $"{Weekday(start)} {Day(start)} {Month(start)} en {Weekday(end)} {Day(end)} {Month(end)} {end.Year}";
}
