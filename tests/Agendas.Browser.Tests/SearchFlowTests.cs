using Microsoft.Playwright;
using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>Searching across years: type a query, narrow to a year, open a result, land on the item with the match in view.</summary>
public sealed class SearchFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Type_a_query_narrow_to_a_year_open_a_result_and_land_on_its_anchor() => InPageAsync(async page =>
    {
        var home = await HomePage.OpenAsync(page);

        var search = await SearchPage.SearchFromHeaderAsync(home, "oekraine");
        await Expect(search.Heading).ToHaveTextAsync("Zoeken");
        await Expect(search.Results.First).ToBeVisibleAsync();
        Assert.Contains(await search.ResultDates.EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))"), d => d.StartsWith("2022-", StringComparison.Ordinal));

        await page.NavigateByAsync(() => search.YearFacet(2017).ClickAsync(), "**van=2017&tot=2017*");
        string[] dates = await search.ResultDates.EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2017-", d, StringComparison.Ordinal));

        string href = (await search.FirstItemLink.GetAttributeAsync("href"))!;
        await search.FirstItemLink.ClickAsync();
        string anchor = href[href.IndexOf('#', StringComparison.Ordinal)..];
        await page.WaitForURLAsync("**" + anchor, new() { WaitUntil = WaitUntilState.Commit });

        var item = new SessionPage(page).Item(anchor[1..]);
        await Expect(item).ToBeInViewportAsync();
        // The word searched for is on screen, not somewhere further down the session.
        await Expect(item.GetByText("Oekraïne").First).ToBeInViewportAsync();
        await KeepScreenshotAsync(page, "zoeken-resultaat");
    });

    [Fact]
    public Task The_search_page_works_from_the_keyboard() => InPageAsync(async page =>
    {
        await page.GotoAsync("/zoeken?q=China");
        var search = new SearchPage(page);
        await Expect(search.Results.First).ToBeVisibleAsync();
        await KeepScreenshotAsync(page, "zoeken");

        await page.Locator("#zoeken-q").FillAsync("\"druk en dialoog\"");
        await page.NavigateByAsync(() => page.Locator("#zoeken-q").PressAsync("Enter"), "**q=%22druk*");
        await Expect(search.Results).ToHaveCountAsync(await search.Results.CountAsync());
        Assert.InRange(await search.Results.CountAsync(), 2, 10);
    });
}
