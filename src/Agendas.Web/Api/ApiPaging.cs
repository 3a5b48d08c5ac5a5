using System.Globalization;

namespace Agendas.Web.Api;

/// <summary>
/// The page a list answer shows: <c>pagina</c> (from 1) and <c>aantal</c> (items per page). Read strictly: a caller
/// that sends <c>pagina=twee</c> gets a 400 that says so, not page 1 as if nothing was wrong.
/// </summary>
internal sealed record ApiPaging(int Page, int Size)
{
    public const string PageParameter = "pagina";
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Page - 1) * Size;

    public static ApiPaging? Read(string? page, string? size, out string? problem)
    {
        problem = null;
        int p = 1;
        int s = DefaultSize;
        if (page is not null && !TryPositive(page, int.MaxValue, out p))
        {
            problem = $"„{page}” is geen paginanummer: geef een geheel getal vanaf 1.";
            return null;
        }
        if (size is not null && !TryPositive(size, MaxSize, out s))
        {
            problem = $"„{size}” is geen geldig aantal per pagina: geef een geheel getal van 1 tot en met {MaxSize}.";
            return null;
        }
        return new ApiPaging(p, s);
    }

    /// <summary>Page 1 always exists (it may be empty); a later page only when there are items on it.</summary>
    public string? Beyond(int total)
    {
        int pages = Pages(total);
        return Page > 1 && Page > pages
            ? $"Pagina {Page} bestaat niet: er {(pages == 1 ? "is 1 pagina" : $"zijn {pages} pagina's")} met {Size} per pagina."
            : null;
    }

    public int Pages(int total) => (total + Size - 1) / Size;

    private static bool TryPositive(string text, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
}
