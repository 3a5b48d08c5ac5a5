using Agendas.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>
/// The API's reference page (Scalar) works in a real browser under the policy the page sends: it renders the
/// operations from /openapi/v1.json, the browser reports no policy violation, and nothing is fetched from elsewhere.
/// </summary>
public sealed class ApiReferenceTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task The_reference_page_shows_the_operations_without_a_policy_violation_or_another_origin() => InPageAsync(async page =>
    {
        var violations = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && !request.Url.StartsWith(Fixture.Origin, StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await page.GotoAsync("/api/documentatie/");

        await Expect(page.GetByText("Alle vergaderingen, nieuwste eerst").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("Eén vergadering met haar sessies en agendapunten").First).ToBeAttachedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await KeepScreenshotAsync(page, "api-documentatie");
        Assert.Empty(violations);
        Assert.Empty(elsewhere);
    });
}
