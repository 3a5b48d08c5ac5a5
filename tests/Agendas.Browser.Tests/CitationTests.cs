using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>The citation of a session page: copied with one click, and still there without JavaScript.</summary>
public sealed class CitationTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private string Permalink => Fixture.Origin + SeedAddresses.December2020Session2;

    [Fact]
    public Task Copy_button_puts_the_citation_with_the_absolute_permalink_on_the_clipboard() => InPageAsync(async page =>
    {
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Fixture.Origin });
        var session = await SessionPage.OpenAsync(page, SeedAddresses.December2020, 2);
        await Expect(session.Permalink).ToHaveAttributeAsync("href", Permalink);
        await Expect(session.CopyButton).ToBeVisibleAsync();

        await session.CopyButton.ClickAsync();

        await Expect(session.CopyButton).ToHaveTextAsync("Gekopieerd");
        string clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains(Permalink, clipboard, StringComparison.Ordinal);
        Assert.Equal((await session.Citation.InnerTextAsync()).Trim(), clipboard.Trim());
    });

    [Fact]
    public Task Without_JavaScript_the_citation_and_permalink_stay_and_the_copy_button_is_hidden() => InPageAsync(async page =>
    {
        var session = await SessionPage.OpenAsync(page, SeedAddresses.December2020, 2);

        await Expect(session.Permalink).ToHaveAttributeAsync("href", Permalink);
        await Expect(session.Permalink).ToBeVisibleAsync();
        await Expect(session.Citation).ToBeVisibleAsync();
        await Expect(session.Citation).ToContainTextAsync(Permalink);
        await Expect(session.CopyButton).ToHaveCountAsync(1);
        await Expect(session.CopyButton).ToBeHiddenAsync();
    }, new BrowserNewContextOptions { JavaScriptEnabled = false });
}
