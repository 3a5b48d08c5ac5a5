using System.Net;
using AngleSharp.Html.Parser;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Meetings;

/// <summary>
/// With more meetings than Agendas:MeetingListByYearAbove, /vergaderingen lists one year at a time (the newest unless
/// one is asked for) with every year as a link and no "alle". The seeds hold five meetings, so this app sets it to 2.
/// </summary>
public sealed class MeetingListByYearTests : IClassFixture<MeetingListByYearTests.AppWithShortLists>, IDisposable
{
    private readonly AppWithShortLists _app;
    private readonly HttpClient _client;

    public MeetingListByYearTests(AppWithShortLists app, ITestOutputHelper output)
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
    public async Task Without_a_year_the_newest_year_is_listed_with_every_year_as_a_link_and_no_all()
    {
        var (status, document) = await LoadAsync("/vergaderingen");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["2022"], document.QuerySelectorAll("section.meeting-year h2").Select(h => h.TextContent));
        Assert.All(document.QuerySelectorAll("table.meetings time"), t => Assert.StartsWith("2022-", t.GetAttribute("datetime"), StringComparison.Ordinal));
        var years = document.QuerySelectorAll("nav.filters p")[^1].QuerySelectorAll("a").ToList();
        Assert.Equal(["2022", "2021", "2020", "2017"], years.Select(a => a.TextContent));
        Assert.Equal("2022", Assert.Single(years, a => a.GetAttribute("aria-current") == "true").TextContent);
        Assert.Contains("Er zijn 5 vergaderingen", document.QuerySelector("p.list-by-year")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_lists_that_years_meetings_and_a_council_with_few_meetings_lists_them_all()
    {
        var (_, year2020) = await LoadAsync("/vergaderingen?jaar=2020");
        var (_, defence) = await LoadAsync("/vergaderingen?raad=defensie");

        Assert.Equal(["2020"], year2020.QuerySelectorAll("section.meeting-year h2").Select(h => h.TextContent));
        Assert.Null(defence.QuerySelector("p.list-by-year"));
        Assert.Contains(defence.QuerySelectorAll("nav.filters p")[^1].QuerySelectorAll("a"), a => a.TextContent == "alle");
    }

    private async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Document)> LoadAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public sealed class AppWithShortLists : AgendasAppFactory
    {
        public AppWithShortLists() => Settings = new Dictionary<string, string> { ["Agendas:MeetingListByYearAbove"] = "2" };
    }
}
