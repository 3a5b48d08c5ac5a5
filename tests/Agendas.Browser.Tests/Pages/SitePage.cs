using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

/// <summary>What every page of the site has: the skip link, the header with its search form, main and footer.</summary>
public class SitePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator SkipLink => Page.Locator(Selectors.SkipLink);

    public ILocator Header => Page.Locator(Selectors.Header);

    public ILocator HeaderSearchForm => Page.Locator(Selectors.HeaderSearchForm);

    public ILocator Main => Page.Locator(Selectors.Main);

    public ILocator Heading => Page.Locator(Selectors.Heading);

    public ILocator Footer => Page.Locator(Selectors.Footer);

    /// <summary>The page's path and query, e.g. <c>/onderwerpen/china</c>.</summary>
    public string Path => new Uri(Page.Url).PathAndQuery;

    /// <summary>
    /// Waits until the address is the app's <paramref name="pathAndFragment"/>. Polling the URL, rather than waiting
    /// for a navigation's load event, holds when the event came before the wait began (seen on a busy machine).
    /// </summary>
    public Task ExpectAddressAsync(string pathAndFragment) =>
        Assertions.Expect(Page).ToHaveURLAsync(new Regex($"^https?://[^/]+{Regex.Escape(pathAndFragment)}$"));

    public static class Selectors
    {
        public const string SkipLink = "a.skip-link";
        public const string Header = "header.site-header";
        public const string HeaderSearchForm = "header.site-header form[role=search]";
        public const string Main = "main#inhoud";
        public const string Heading = "main h1";
        public const string Footer = "footer.site-footer";
    }
}
