using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>At the width of a small phone the pages fit: no sideways scrolling, the heading in view.</summary>
public sealed class PhoneWidthTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static BrowserNewContextOptions Phone => new()
    {
        ViewportSize = new ViewportSize { Width = 375, Height = 667 },
        IsMobile = true,
        HasTouch = true,
    };

    [Theory]
    [MemberData(nameof(SeedAddresses.PageTypes), MemberType = typeof(SeedAddresses))]
    public Task Page_has_no_horizontal_scroll_at_375_pixels(string pageType, string path, int status) => InPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response?.Status);
        if (pageType == "sessie")
        {
            await KeepScreenshotAsync(page, "sessie-telefoon");
        }

        var (scrollWidth, clientWidth) = await ScrollingWidthsAsync(page);

        Assert.True(scrollWidth <= clientWidth, $"{path} is {scrollWidth} px wide in a {clientWidth} px viewport.");
        await Expect(new SitePage(page).Heading).ToBeInViewportAsync();
    }, Phone, $"{nameof(Page_has_no_horizontal_scroll_at_375_pixels)}-{pageType}");

    private static async Task<(int ScrollWidth, int ClientWidth)> ScrollingWidthsAsync(IPage page)
    {
        int[] widths = await page.EvaluateAsync<int[]>(
            "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
