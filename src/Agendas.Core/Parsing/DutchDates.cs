using System.Globalization;
using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>A date or date range as written in a letter; the year may be missing ("31 maart a.s.").</summary>
internal sealed record DateExpression(int Index, int Length, int StartDay, int StartMonth, int EndDay, int EndMonth, int? Year, DateRelation Relation)
{
    /// <summary>Fixes the year: stated, else from the reference date (a.s. = next, jl. = last, else nearest).</summary>
    public (DateOnly Start, DateOnly End)? Resolve(DateOnly? reference, int? fallbackYear = null)
    {
        int? year = Year;
        if (year is null && reference is { } r)
        {
            year = Relation switch
            {
                DateRelation.Coming => SafeDate(r.Year, StartMonth, StartDay) is { } d && d < r ? r.Year + 1 : r.Year,
                DateRelation.Past => SafeDate(r.Year, StartMonth, StartDay) is { } d && d > r ? r.Year - 1 : r.Year,
                _ => Nearest(r),
            };
        }
        year ??= fallbackYear;
        if (year is not { } y)
        {
            return null;
        }
        // "30 november en 1 december" may cross a year only at new year: "30 december – 2 januari 2025".
        int startYear = StartMonth > EndMonth ? y - 1 : y;
        if (Year is null && StartMonth > EndMonth)
        {
            startYear = y;
            y++;
        }
        var start = SafeDate(startYear, StartMonth, StartDay);
        var end = SafeDate(y, EndMonth, EndDay);
        return start is { } s && end is { } e && e >= s && e.DayNumber - s.DayNumber <= 14 ? (s, e) : null;
    }

    private int Nearest(DateOnly reference)
    {
        int best = reference.Year;
        int bestDistance = int.MaxValue;
        for (int y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (SafeDate(y, StartMonth, StartDay) is { } d && Math.Abs(d.DayNumber - reference.DayNumber) < bestDistance)
            {
                bestDistance = Math.Abs(d.DayNumber - reference.DayNumber);
                best = y;
            }
        }
        return best;
    }

    private static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}

internal enum DateRelation
{
    None,
    Coming,
    Past,
}

/// <summary>
/// Dutch dates as letters write them: "1 en 2 december 2020", "29 en 30 november 2022", "23 en 24 maart",
/// "31 maart a.s.", "9 tot 11 juli 2024", "28-29 november 2023", "12 januari jl.",
/// "dinsdag 1 december en woensdag 2 december", "30 november en 1 december 2022".
/// </summary>
internal static partial class DutchDates
{
    private const string Weekday = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";
    private const string Month = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\\.?|feb\\.?|febr\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|okt\\.?|nov\\.?|dec\\.?)";

    [GeneratedRegex(
        $@"(?<![\p{{L}}\p{{N}}])(?:{Weekday}\s+)?(?<d1>\d{{1,2}})(?:e|ste|de)?(?:\s+(?<m1>{Month}))?" +
        $@"(?:\s*(?:-|–|—|/|\s(?:en|tot\s+en\s+met|t/m|tot)\s)\s*(?:{Weekday}\s+)?(?<d2>\d{{1,2}})(?:e|ste|de)?)?" +
        $@"\s+(?<m2>{Month})(?![\p{{L}}])(?:\s+(?<y>(?:19|20)\d{{2}})(?!\d))?(?:\s+(?<rel>a\.\s?s\.|aanstaande|jl\.|j\.l\.|jongstleden))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>Every date expression in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<DateExpression> Find(string text)
    {
        var found = new List<DateExpression>();
        foreach (Match m in DatePattern().Matches(text))
        {
            int endMonth = MonthNumber(m.Groups["m2"].Value);
            int startMonth = m.Groups["m1"].Success ? MonthNumber(m.Groups["m1"].Value) : endMonth;
            int d1 = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
            int d2 = m.Groups["d2"].Success ? int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture) : d1;
            if (d1 is < 1 or > 31 || d2 is < 1 or > 31 || (startMonth == endMonth && d2 < d1))
            {
                continue;
            }
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            string rel = m.Groups["rel"].Value.ToLowerInvariant();
            var relation = rel.StartsWith('a') ? DateRelation.Coming : rel.StartsWith('j') ? DateRelation.Past : DateRelation.None;
            found.Add(new DateExpression(m.Index, m.Length, d1, startMonth, d2, endMonth, year, relation));
        }
        return found;
    }

    /// <summary>The first date in the text, resolved; null when there is none or its year cannot be known.</summary>
    public static (DateOnly Start, DateOnly End)? FirstResolved(string text, DateOnly? reference, int? fallbackYear = null)
    {
        foreach (var d in Find(text))
        {
            if (d.Resolve(reference, fallbackYear) is { } r)
            {
                return r;
            }
        }
        return null;
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant().TrimEnd('.') switch
    {
        "januari" or "jan" => 1,
        "februari" or "feb" or "febr" => 2,
        "maart" or "mrt" => 3,
        "april" or "apr" => 4,
        "mei" => 5,
        "juni" or "jun" => 6,
        "juli" or "jul" => 7,
        "augustus" or "aug" => 8,
        "september" or "sep" or "sept" => 9,
        "oktober" or "okt" => 10,
        "november" or "nov" => 11,
        _ => 12,
    };

    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"1 en 2 december 2020", "31 maart 2017", "30 november en 1 december 2022".</summary>
    public static string Format(DateOnly start, DateOnly end)
    {
        string endText = $"{end.Day} {MonthNames[end.Month - 1]} {end.Year}";
        if (start == end)
        {
            return endText;
        }
        return start.Month == end.Month && start.Year == end.Year
            ? $"{start.Day} en {endText}"
            : $"{start.Day} {MonthNames[start.Month - 1]} en {endText}";
    }
}
