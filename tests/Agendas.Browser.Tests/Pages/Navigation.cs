using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

internal static class Navigation
{
    /// <summary>
    /// Does <paramref name="action"/> (a click, an Enter) and waits until the page has loaded an address matching
    /// <paramref name="url"/>. The wait is set up before the action, so a page that loads at once is not missed: waiting
    /// for the load state afterwards could hang on a load that had already happened.
    /// </summary>
    public static async Task NavigateByAsync(this IPage page, Func<Task> action, string url)
    {
        var loaded = page.WaitForURLAsync(url);
        await action();
        await loaded;
    }
}
