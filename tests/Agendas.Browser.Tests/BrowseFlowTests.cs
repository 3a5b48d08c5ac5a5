using Agendas.Browser.Tests.Infrastructure;
using Agendas.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Agendas.Browser.Tests;

/// <summary>The walk a policy officer takes: home, a meeting, a session, a topic, and back to one item.</summary>
public sealed class BrowseFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Home_to_session_to_topic_timeline_and_back_to_the_item_anchor() => InPageAsync(async page =>
    {
        var home = await HomePage.OpenAsync(page);

        var meeting = await home.OpenMeetingAsync(SeedAddresses.December2020);
        await Expect(meeting.Heading).ToContainTextAsync("december 2020");

        // NAVO 2030 is the first item of session 1; its text mentions China, which links to the topic.
        var session = await meeting.OpenSessionAsync(1);
        await Expect(session.Item("navo-2030")).ToBeVisibleAsync();

        var topic = await session.FollowTopicLinkAsync("navo-2030", "china");
        await Expect(topic.Heading).ToHaveTextAsync("China");
        await Expect(topic.Timeline).ToBeVisibleAsync();

        await topic.EntryLink(SeedAddresses.December2020).ClickAsync();

        var session2 = new SessionPage(page);
        await session2.ExpectAddressAsync($"{SeedAddresses.December2020Session2}#china");
        var item = session2.Item("china");
        await Expect(item).ToBeInViewportAsync();
        await Expect(item.Locator("h2, h3").First).ToBeInViewportAsync();
    });
}
