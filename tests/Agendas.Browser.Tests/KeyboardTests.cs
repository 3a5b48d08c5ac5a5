using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>Keyboard use: the skip link comes first, shows itself when focused, and leads into the content.</summary>
public sealed class KeyboardTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Theory]
    [InlineData("/")]
    [InlineData(SeedAddresses.December2020Session2)]
    public Task First_Tab_focuses_the_visible_skip_link_and_Enter_moves_focus_to_main(string path) => InPageAsync(async page =>
    {
        await page.GotoAsync(path);
        var site = new SitePage(page);
        await Expect(site.SkipLink).Not.ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Tab");

        await Expect(site.SkipLink).ToBeFocusedAsync();
        await Expect(site.SkipLink).ToBeInViewportAsync(new() { Ratio = 1 });

        await page.Keyboard.PressAsync("Enter");

        await Expect(site.Main).ToBeFocusedAsync();
        Assert.EndsWith("#inhoud", page.Url, StringComparison.Ordinal);
    }, testName: $"{nameof(First_Tab_focuses_the_visible_skip_link_and_Enter_moves_focus_to_main)}-{path.Length}");
}
