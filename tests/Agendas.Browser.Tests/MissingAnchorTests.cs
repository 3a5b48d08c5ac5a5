using Agendas.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>
/// Issue 7: a permalink to an item or paragraph the session no longer has (the letter was corrected after the link was
/// made) lands on the session with a note saying so, beside the item when only the paragraph is gone.
/// </summary>
public sealed class MissingAnchorTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Note = "#ontbrekend-anker";

    [Fact]
    public Task A_paragraph_its_item_no_longer_has_gets_a_note_inside_the_item() => InPageAsync(async page =>
    {
        await page.GotoAsync(SeedAddresses.December2020Session2 + "#china-p99");

        var note = page.Locator(Note);
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("#china-p99");
        await Expect(page.Locator($"section.item#china {Note}")).ToHaveCountAsync(1);
        await Expect(note).ToBeFocusedAsync();
        await KeepScreenshotAsync(page, "sessie-ontbrekende-alinea");
    });

    [Fact]
    public Task An_item_the_session_no_longer_has_gets_a_note_at_the_top_with_the_way_to_the_versions() => InPageAsync(async page =>
    {
        await page.GotoAsync(SeedAddresses.December2020Session2 + "#onderwerp-dat-verdween");

        var note = page.Locator(Note);
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("#onderwerp-dat-verdween");
        await Expect(page.Locator($"section.item {Note}")).ToHaveCountAsync(0);
        await Expect(note.Locator("a")).ToHaveAttributeAsync("href", $"/documenten/{SeedAddresses.December2020}-agenda#versies");
    });

    [Fact]
    public Task An_anchor_that_exists_gets_no_note() => InPageAsync(async page =>
    {
        await page.GotoAsync(SeedAddresses.December2020Session2 + "#china-p1");

        await Expect(page.Locator("#china-p1")).ToBeVisibleAsync();
        await Expect(page.Locator(Note)).ToBeHiddenAsync();
    });
}
