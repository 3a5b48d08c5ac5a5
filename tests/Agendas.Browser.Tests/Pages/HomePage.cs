using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

/// <summary>The home page: its list of latest meetings.</summary>
public sealed class HomePage(IPage page) : SitePage(page)
{
    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return new HomePage(page);
    }

    public ILocator MeetingLink(string meetingSlug) => Page.Locator(Selectors.MeetingLink(meetingSlug));

    public async Task<MeetingPage> OpenMeetingAsync(string meetingSlug)
    {
        await MeetingLink(meetingSlug).ClickAsync();
        await ExpectAddressAsync($"/vergaderingen/{meetingSlug}");
        return new MeetingPage(Page);
    }

    public static new class Selectors
    {
        public static string MeetingLink(string meetingSlug) => $"table.meetings a[href=\"/vergaderingen/{meetingSlug}\"]";
    }
}
