namespace Agendas.Web.Formatting;

/// <summary>How a meeting and its sessions are named on the pages, in breadcrumbs and in citations.</summary>
internal static class MeetingNames
{
    /// <summary>
    /// <c>NAVO-ministers van Buitenlandse Zaken</c>, <c>NAVO-ministers van Buitenlandse Zaken en Defensie</c>,
    /// <c>NAVO-top</c>: who met, without the date.
    /// </summary>
    public static string Council(IReadOnlyList<string> councils)
    {
        var ministers = councils.Where(c => c != "top").ToList();
        if (ministers.Count == 0)
        {
            return councils.Count > 0 ? "NAVO-top" : "NAVO-bijeenkomst";
        }
        string names = $"NAVO-ministers van {DutchFormat.Councils(ministers)}";
        return ministers.Count < councils.Count ? $"NAVO-top en {names}" : names;
    }

    /// <summary><c>NAVO-ministers van Buitenlandse Zaken, 1–2 december 2020</c>.</summary>
    public static string Meeting(IReadOnlyList<string> councils, DateOnly start, DateOnly end) =>
        $"{Council(councils)}, {DutchFormat.DateRange(start, end)}";

    /// <summary>The city, <c>videoconferentie</c> for a virtual meeting, or <c>niet vermeld</c>.</summary>
    public static string Place(string? location, bool isVirtual) => isVirtual ? "videoconferentie" : location ?? "niet vermeld";

    /// <summary>
    /// What a session is about, for its heading and its citation: its own title ("Werklunch"), else the headings of
    /// its items when there are few enough to name ("China"; "Rusland en Oekraïne"); else nothing.
    /// </summary>
    public static string? SessionSubject(string? title, IReadOnlyList<string> itemHeadings)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title;
        }
        return itemHeadings.Count is > 0 and <= MaxNamedItems ? DutchFormat.JoinWithEn(itemHeadings) : null;
    }

    /// <summary><c>Sessie 2: China</c>, or <c>Sessie 1</c> when the session has no subject.</summary>
    public static string Session(int number, string? subject) => subject is null ? $"Sessie {number}" : $"Sessie {number}: {subject}";

    /// <summary>More headings than this make a citation a table of contents; the permalink says where instead.</summary>
    private const int MaxNamedItems = 3;
}
