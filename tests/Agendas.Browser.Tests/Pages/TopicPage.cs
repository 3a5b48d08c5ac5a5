using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

/// <summary>A topic page: its timeline of items, each linking to the item's anchor on its session page.</summary>
public sealed class TopicPage(IPage page) : SitePage(page)
{
    public ILocator Timeline => Page.Locator(Selectors.Timeline);

    /// <summary>The visible "Volg … (Atom-feed)" link.</summary>
    public ILocator FeedLink => Page.Locator(Selectors.FeedLink);

    public static async Task<TopicPage> OpenAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/onderwerpen/{slug}");
        return new TopicPage(page);
    }

    /// <summary>The link to the (first) item of the given meeting on the timeline.</summary>
    public ILocator EntryLink(string meetingSlug) => Page.Locator(Selectors.EntryLink(meetingSlug)).First;

    public static new class Selectors
    {
        public const string Timeline = "section.timeline";
        public const string FeedLink = "main a.feed-link";

        public static string EntryLink(string meetingSlug) =>
            $".timeline-entry[data-meeting=\"{meetingSlug}\"] .entry-heading a";
    }
}
