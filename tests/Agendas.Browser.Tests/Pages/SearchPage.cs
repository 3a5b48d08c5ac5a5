using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

/// <summary>/zoeken: the form, the facets (plain links) and the results.</summary>
public sealed class SearchPage(IPage page) : SitePage(page)
{
    /// <summary>Types the query into the header's search box and submits it, as a reader does from any page.</summary>
    public static async Task<SearchPage> SearchFromHeaderAsync(SitePage from, string query)
    {
        await from.HeaderSearchForm.Locator("input[name=q]").FillAsync(query);
        await from.Page.NavigateByAsync(() => from.HeaderSearchForm.Locator("input[name=q]").PressAsync("Enter"), "**/zoeken?q=*");
        return new SearchPage(from.Page);
    }

    public ILocator Results => Page.Locator(Selectors.Result);

    public ILocator ResultDates => Page.Locator(Selectors.ResultDate);

    public ILocator YearFacet(int year) => Page.Locator(Selectors.YearFacet).GetByRole(AriaRole.Link, new() { Name = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true });

    /// <summary>The first result that is an item (its link has an anchor).</summary>
    public ILocator FirstItemLink => Page.Locator(Selectors.ItemLink).First;

    public static new class Selectors
    {
        public const string Result = "ol.search-results > li.search-result";
        public const string ResultDate = "li.search-result .result-meta time";
        public const string YearFacet = "[data-facet='jaar']";
        public const string ItemLink = "li.search-result .result-heading a[href*='#']";
    }
}
