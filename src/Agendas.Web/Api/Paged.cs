using System.ComponentModel;

namespace Agendas.Web.Api;

/// <summary>
/// One page of a list. <see cref="Next"/> and <see cref="Previous"/> are absolute addresses of the neighbouring pages
/// with the same parameters, or null at either end: a caller follows <c>next</c> until it is null.
/// </summary>
[Description("Eén pagina van een lijst. next en previous zijn de adressen van de volgende en vorige pagina met dezelfde parameters, of null aan het eind: volg next tot die null is.")]
internal sealed record Paged<T>(int Total, int Page, int PageSize, int Pages, string? Previous, string? Next, IReadOnlyList<T> Items)
{
    /// <summary>The page of <paramref name="items"/> (already cut to the page) out of <paramref name="total"/>.</summary>
    public static Paged<T> Of(HttpContext context, ApiPaging paging, int total, IReadOnlyList<T> items)
    {
        int pages = paging.Pages(total);
        return new Paged<T>(
            total,
            paging.Page,
            paging.Size,
            pages,
            paging.Page > 1 ? ApiLinks.WithPage(context, Math.Min(paging.Page - 1, Math.Max(pages, 1))) : null,
            paging.Page < pages ? ApiLinks.WithPage(context, paging.Page + 1) : null,
            items);
    }

    /// <summary>The page of a list held in memory whole (lists that are small: topics, one topic's timeline).</summary>
    public static Paged<T> Slice(HttpContext context, ApiPaging paging, IReadOnlyList<T> all) =>
        Of(context, paging, all.Count, [.. all.Skip(paging.Skip).Take(paging.Size)]);
}
