using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

/// <summary>A meeting page: its links to the sessions.</summary>
public sealed class MeetingPage(IPage page) : SitePage(page)
{
    public ILocator SessionLink(int number) => Page.Locator(Selectors.SessionLink(number));

    public async Task<SessionPage> OpenSessionAsync(int number)
    {
        string meeting = Path;
        await SessionLink(number).ClickAsync();
        await ExpectAddressAsync($"{meeting}/sessie-{number}");
        return new SessionPage(Page);
    }

    public static new class Selectors
    {
        public static string SessionLink(int number) => $"a.session-link[href$=\"/sessie-{number}\"]";
    }
}
