using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Topics;

/// <summary>
/// A topic with more entries than Agendas:TopicTimelineByYearAbove shows one year of its timeline at a time, with
/// every year as a link. The seeds have few entries, so this app sets the threshold to 2.
/// </summary>
public sealed class TimelineByYearTests : IClassFixture<TimelineByYearTests.AppWithShortTimelines>, IDisposable
{
    private readonly AppWithShortTimelines _app;
    private readonly HttpClient _client;

    public TimelineByYearTests(AppWithShortTimelines app, ITestOutputHelper output)
    {
        _app = app;
        _app.Logs.Output = output;
        _client = app.CreateClient();
    }

    public void Dispose()
    {
        _app.Logs.Output = null;
        _client.Dispose();
    }

    [Fact]
    public async Task Without_a_year_the_newest_year_is_shown_and_every_year_is_a_link_with_its_count()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([2022], page.Years);
        Assert.All(page.Entries, e => Assert.StartsWith("2022-", e.MeetingDate, StringComparison.Ordinal));
        var links = page.Page.Main.QuerySelectorAll("nav.timeline-years a").ToList();
        Assert.Equal(["?jaar=2017#tijdlijn", "?jaar=2020#tijdlijn", "?jaar=2021#tijdlijn", "?jaar=2022#tijdlijn"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("2022", Assert.Single(links, a => a.GetAttribute("aria-current") == "page").TextContent);
        // The chart still counts every year.
        Assert.Equal([2017, 2020, 2021, 2022], page.ChartTable.Where(b => b.Count > 0).Select(b => b.Year));
    }

    [Fact]
    public async Task A_year_shows_that_years_entries_only()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland?jaar=2017");

        Assert.Equal([2017], page.Years);
        Assert.Equal(["2017-03-31"], page.Entries.Select(e => e.MeetingDate));
    }

    [Theory]
    [InlineData("rusland?jaar=1990")]
    [InlineData("rusland?jaar=abc")]
    public async Task A_year_without_entries_shows_the_newest_year(string address)
    {
        var page = await TopicPage.LoadAsync(_client, address);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([2022], page.Years);
    }

    public sealed class AppWithShortTimelines : AgendasAppFactory
    {
        public AppWithShortTimelines() => Settings = new Dictionary<string, string> { ["Agendas:TopicTimelineByYearAbove"] = "2" };
    }
}
