namespace Agendas.Web.Formatting;

/// <summary>
/// Dates and council names as Dutch readers write them. The month names are spelled out here rather than taken from
/// the nl-NL culture, so that the pages read the same on a machine (or container) without ICU culture data.
/// </summary>
internal static class DutchFormat
{
    private const string EnDash = "\u2013";

    private static readonly string[] Months =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    /// <summary><c>31 maart 2017</c>.</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>
    /// <c>31 maart 2017</c>, <c>1–2 december 2020</c>, <c>30 november – 1 december 2022</c>,
    /// <c>31 december 2020 – 1 januari 2021</c>: a closed range within a month, a spaced dash across months.
    /// </summary>
    public static string DateRange(DateOnly start, DateOnly end)
    {
        if (end <= start)
        {
            return Date(start);
        }
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{start.Day}{EnDash}{Date(end)}";
        }
        return start.Year == end.Year
            ? $"{start.Day} {Months[start.Month - 1]} {EnDash} {Date(end)}"
            : $"{Date(start)} {EnDash} {Date(end)}";
    }

    /// <summary>Who a letter is addressed to: <c>Tweede Kamer</c>, <c>Eerste Kamer</c>, or <c>niet vermeld</c>.</summary>
    public static string Addressee(Core.Model.Addressee? addressee) => addressee switch
    {
        Core.Model.Addressee.TweedeKamer => "Tweede Kamer",
        Core.Model.Addressee.EersteKamer => "Eerste Kamer",
        _ => "niet vermeld",
    };

    /// <summary>What a letter is, as a sentence names it: <c>geannoteerde agenda</c> or <c>verslag</c>.</summary>
    public static string LetterKind(Core.Model.DocumentKind kind) =>
        kind == Core.Model.DocumentKind.Agenda ? "geannoteerde agenda" : "verslag";

    /// <summary>The council of a slug (<c>buitenlandse-zaken</c> → <c>Buitenlandse Zaken</c>); an unknown slug as it is.</summary>
    public static string Council(string slug) => slug switch
    {
        "buitenlandse-zaken" => "Buitenlandse Zaken",
        "defensie" => "Defensie",
        "top" => "Top",
        _ => slug,
    };

    /// <summary><c>Buitenlandse Zaken</c>, <c>Buitenlandse Zaken en Defensie</c>; three or more as <c>A, B en C</c>.</summary>
    public static string Councils(IEnumerable<string> slugs) => JoinWithEn(slugs.Select(Council).ToList());

    /// <summary>A Dutch enumeration: <c>a</c>, <c>a en b</c>, <c>a, b en c</c>.</summary>
    public static string JoinWithEn(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} en {parts[^1]}",
    };
}
