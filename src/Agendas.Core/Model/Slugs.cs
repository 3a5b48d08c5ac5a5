namespace Agendas.Core.Model;

/// <summary>Slugs as product.md defines them: from content, never from database ids.</summary>
public static class Slugs
{
    public static string CouncilSlug(Council council) => council switch
    {
        Council.BuitenlandseZaken => "buitenlandse-zaken",
        Council.Defensie => "defensie",
        Council.Top => "top",
        _ => throw new ArgumentOutOfRangeException(nameof(council)),
    };

    /// <summary>Start date, then council: <c>2020-12-01-buitenlandse-zaken</c>; a joint letter is <c>…-buitenlandse-zaken-en-defensie</c>.</summary>
    public static string Meeting(DateOnly start, IReadOnlyCollection<Council> councils)
    {
        string council = councils.Contains(Council.Top) ? "top"
            : councils.Contains(Council.BuitenlandseZaken) && councils.Contains(Council.Defensie) ? "buitenlandse-zaken-en-defensie"
            : councils.Contains(Council.Defensie) ? "defensie"
            : "buitenlandse-zaken";
        return $"{start:yyyy-MM-dd}-{council}";
    }

    public static string Session(int number) => $"sessie-{number}";

    /// <summary>The meeting slug plus <c>-agenda</c> or <c>-verslag</c>; an addendum gets <c>-2</c>, <c>-3</c>.</summary>
    public static string Document(string meetingSlug, DocumentKind kind, int ordinal = 1)
    {
        string suffix = kind == DocumentKind.Agenda ? "agenda" : "verslag";
        return ordinal <= 1 ? $"{meetingSlug}-{suffix}" : $"{meetingSlug}-{suffix}-{ordinal}";
    }

    public static string KindSlug(DocumentKind kind) => kind == DocumentKind.Agenda ? "agenda" : "report";

    public static string AddresseeSlug(Addressee addressee) =>
        addressee == Addressee.TweedeKamer ? "tweede-kamer" : "eerste-kamer";
}
