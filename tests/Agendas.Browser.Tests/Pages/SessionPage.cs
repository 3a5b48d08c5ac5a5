using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Pages;

/// <summary>A session page: breadcrumbs, permalink, citation with its copy button, and the items.</summary>
public sealed class SessionPage(IPage page) : SitePage(page)
{
    public static async Task<SessionPage> OpenAsync(IPage page, string meetingSlug, int number)
    {
        await page.GotoAsync($"/vergaderingen/{meetingSlug}/sessie-{number}");
        return new SessionPage(page);
    }

    public ILocator Breadcrumbs => Page.Locator(Selectors.Breadcrumbs);

    public ILocator Permalink => Page.Locator(Selectors.Permalink);

    public ILocator Citation => Page.Locator(Selectors.Citation);

    public ILocator CopyButton => Page.Locator(Selectors.CopyButton);

    public ILocator Item(string itemSlug) => Page.Locator(Selectors.Item(itemSlug));

    public ILocator TopicLink(string itemSlug, string topicSlug) => Page.Locator(Selectors.TopicLink(itemSlug, topicSlug));

    public async Task<TopicPage> FollowTopicLinkAsync(string itemSlug, string topicSlug)
    {
        await TopicLink(itemSlug, topicSlug).ClickAsync();
        await ExpectAddressAsync($"/onderwerpen/{topicSlug}");
        return new TopicPage(Page);
    }

    public static new class Selectors
    {
        public const string Breadcrumbs = "nav.breadcrumbs";
        public const string Permalink = "main h1 + p.permalink a";
        public const string Citation = "section.citation #citaat";
        public const string CopyButton = "section.citation button#kopieer-citaat";

        public static string Item(string itemSlug) => $"section.item[id=\"{itemSlug}\"]";

        public static string TopicLink(string itemSlug, string topicSlug) =>
            $"{Item(itemSlug)} a.topic-link[href=\"/onderwerpen/{topicSlug}\"]";
    }
}
