using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>Policy staff print session pages: the print shows the text and its permalink, not the site's navigation.</summary>
public sealed class PrintTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Printed_session_page_drops_header_navigation_and_search_and_shows_the_permalink() => InPageAsync(async page =>
    {
        var session = await SessionPage.OpenAsync(page, SeedAddresses.December2020, 2);
        await Expect(session.Header).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await KeepScreenshotAsync(page, "sessie-afdruk");

        await Expect(session.Header).ToBeHiddenAsync();
        await Expect(session.HeaderSearchForm).ToBeHiddenAsync();
        await Expect(session.Breadcrumbs).ToBeHiddenAsync();
        await Expect(session.Heading).ToBeVisibleAsync();
        await Expect(session.Permalink).ToBeVisibleAsync();
        await Expect(session.Permalink).ToHaveTextAsync(Fixture.Origin + SeedAddresses.December2020Session2);
    });
}
