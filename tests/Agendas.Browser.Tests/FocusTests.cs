using Agendas.Browser.Tests.Infrastructure;

namespace Agendas.Browser.Tests;

/// <summary>Visible focus: whatever the Tab key reaches shows a focus outline.</summary>
public sealed class FocusTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>Enough Tabs to pass the header, the citation's button and the first items of a session page.</summary>
    private const int Tabs = 25;

    [Theory]
    [InlineData("/")]
    [InlineData(SeedAddresses.December2020Session2)]
    public Task Every_element_reached_by_Tab_shows_a_focus_outline(string path) => InPageAsync(async page =>
    {
        await page.GotoAsync(path);
        var unmarked = new List<string>();
        int reached = 0;

        for (int i = 0; i < Tabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]?>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return null;
                    const style = getComputedStyle(e);
                    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                    return [e.outerHTML.slice(0, 120), String(outlined)];
                }
                """);
            if (focused is null)
            {
                break;
            }
            reached++;
            if (focused[1] != "true")
            {
                unmarked.Add(focused[0]);
            }
        }

        Assert.True(reached > 3, $"Tab reached only {reached} elements on {path}.");
        Assert.True(unmarked.Count == 0, $"Focused without an outline on {path}:{Environment.NewLine}{string.Join(Environment.NewLine, unmarked)}");
    }, testName: $"{nameof(Every_element_reached_by_Tab_shows_a_focus_outline)}-{path.Length}");
}
