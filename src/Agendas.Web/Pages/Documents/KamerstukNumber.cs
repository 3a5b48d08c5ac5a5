namespace Agendas.Web.Pages.Documents;

/// <summary>A Kamerstuk number as stored (<c>28676-266</c>, <c>35570-X-39</c>) in the forms readers and links need.</summary>
internal static class KamerstukNumber
{
    /// <summary>The official publication of the paper.</summary>
    public static string Url(string kamerstuk) => $"https://zoek.officielebekendmakingen.nl/kst-{Uri.EscapeDataString(kamerstuk)}.html";

    /// <summary>
    /// The way parliament cites it: <c>28 676, nr. 266</c>, <c>35 570 X, nr. 39</c>. A value that is not of the stored
    /// shape is shown as it is.
    /// </summary>
    public static string Display(string kamerstuk)
    {
        int dash = kamerstuk.LastIndexOf('-');
        if (dash <= 0 || dash == kamerstuk.Length - 1)
        {
            return kamerstuk;
        }
        string[] dossier = kamerstuk[..dash].Split('-');
        string number = dossier[0].All(char.IsAsciiDigit) ? GroupThousands(dossier[0]) : dossier[0];
        return $"{string.Join(' ', dossier.Skip(1).Prepend(number))}, nr. {kamerstuk[(dash + 1)..]}";
    }

    private static string GroupThousands(string digits) =>
        digits.Length <= 3 ? digits : $"{GroupThousands(digits[..^3])} {digits[^3..]}";
}
