using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test class: routes the app's log and the browser's console to the test output, and runs each test in a
/// fresh browser context whose page is photographed when the test fails.
/// </summary>
[Collection(SharedBrowser.Name)]
public abstract class BrowserTest : IDisposable
{
    protected BrowserTest(BrowserFixture fixture, ITestOutputHelper output)
    {
        Fixture = fixture;
        Output = output;
        Fixture.Server.Logs.Output = output;
    }

    protected BrowserFixture Fixture { get; }

    protected ITestOutputHelper Output { get; }

    /// <summary>
    /// Runs <paramref name="test"/> on a new page of a new context with the app's origin as base URL. A failure saves
    /// a full-page screenshot as <c>failed-{class}.{test}.png</c> and is rethrown.
    /// </summary>
    protected async Task InPageAsync(
        Func<IPage, Task> test, BrowserNewContextOptions? options = null, [CallerMemberName] string testName = "")
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Fixture.Origin;
        options.Locale ??= "nl-NL";
        await using var context = await Fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => WriteLine($"[browser {message.Type}] {message.Text}");
        page.PageError += (_, error) => WriteLine($"[browser error] {error}");
        try
        {
            await test(page);
        }
        catch (Exception) when (!page.IsClosed)
        {
            string path = Screenshots.PathFor($"failed-{GetType().Name}.{testName}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            WriteLine($"Screenshot of the failure: {path} (at {page.Url})");
            throw;
        }
    }

    /// <summary>Keeps a full-page screenshot of what the page shows now, named after the page type.</summary>
    protected async Task KeepScreenshotAsync(IPage page, string name)
    {
        string path = Screenshots.PathFor(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        WriteLine($"Screenshot: {path}");
    }

    public void Dispose()
    {
        Fixture.Server.Logs.Output = null;
        GC.SuppressFinalize(this);
    }

    private void WriteLine(string line)
    {
        try
        {
            Output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has finished: xunit refuses late output.
        }
    }
}
