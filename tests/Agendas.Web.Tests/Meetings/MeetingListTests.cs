using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Meetings;

/// <summary>/vergaderingen: every meeting by year, newest first, filtered through plain links.</summary>
public sealed class MeetingListTests(AgendasAppFactory app) : IClassFixture<AgendasAppFactory>
{
    private static IReadOnlyList<string> MeetingLinks(FetchedPage page) =>
        [.. page.Main.QuerySelectorAll("a.meeting-link").Select(a => a.GetAttribute("href")!.Replace("/vergaderingen/", "", StringComparison.Ordinal))];

    [Fact]
    public async Task All_meetings_grouped_by_year_newest_first()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Vergaderingen", page.Heading);
        Assert.Equal(["2022", "2021", "2020", "2017"], page.Main.QuerySelectorAll("section.meeting-year h2").Select(h => h.TextContent));
        Assert.Equal(
            ["2022-11-29-buitenlandse-zaken", "2021-06-01-buitenlandse-zaken-en-defensie", "2021-03-23-buitenlandse-zaken",
             "2020-12-01-buitenlandse-zaken", "2017-03-31-buitenlandse-zaken"],
            MeetingLinks(page));
    }

    [Fact]
    public async Task Each_row_names_dates_council_place_letters_and_topics()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen");

        var row = page.Main.QuerySelector("tr[id='2020-12-01-buitenlandse-zaken']")!;
        Assert.Equal("1–2 december 2020", FetchedPage.Text(row.QuerySelector("th")));
        Assert.Equal("Buitenlandse Zaken", FetchedPage.Text(row.QuerySelector(".meeting-council")));
        Assert.Equal("videoconferentie", FetchedPage.Text(row.QuerySelector(".meeting-place")));
        Assert.Equal(["/documenten/2020-12-01-buitenlandse-zaken-agenda"], row.QuerySelectorAll(".meeting-letters a").Select(a => a.GetAttribute("href")));
        Assert.Equal("agenda", FetchedPage.Text(row.QuerySelector(".meeting-letters a")));
        var topics = row.QuerySelectorAll(".meeting-topics a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/onderwerpen/china", topics);
        Assert.Contains("/onderwerpen/rusland", topics);

        var report = page.Main.QuerySelector("tr[id='2021-03-23-buitenlandse-zaken'] .meeting-letters a")!;
        Assert.Equal(("verslag", "/documenten/2021-03-23-buitenlandse-zaken-verslag"), (report.TextContent, report.GetAttribute("href")));
        Assert.Equal("Brussel", FetchedPage.Text(page.Main.QuerySelector("tr[id='2017-03-31-buitenlandse-zaken'] .meeting-place")));
    }

    [Fact]
    public async Task Council_filter_counts_a_joint_meeting_for_both_councils()
    {
        using var client = app.CreateClient();

        var defence = await FetchedPage.GetAsync(client, "/vergaderingen?raad=defensie");
        var foreign = await FetchedPage.GetAsync(client, "/vergaderingen?raad=buitenlandse-zaken");
        var summit = await FetchedPage.GetAsync(client, "/vergaderingen?raad=top");

        Assert.Equal(["2021-06-01-buitenlandse-zaken-en-defensie"], MeetingLinks(defence));
        Assert.Equal(5, MeetingLinks(foreign).Count);
        Assert.Empty(MeetingLinks(summit));
        Assert.NotNull(summit.Main.QuerySelector("p.empty a[href='/vergaderingen']"));
    }

    [Fact]
    public async Task Year_filter_and_council_filter_combine_and_their_links_keep_each_other()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen?raad=buitenlandse-zaken&jaar=2021");

        Assert.Equal(["2021-06-01-buitenlandse-zaken-en-defensie", "2021-03-23-buitenlandse-zaken"], MeetingLinks(page));
        var current = page.Main.QuerySelectorAll("nav.filters a[aria-current=true]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/vergaderingen?raad=buitenlandse-zaken&jaar=2021", "/vergaderingen?raad=buitenlandse-zaken&jaar=2021"], current);
        var years = page.Main.QuerySelectorAll("nav.filters p:nth-of-type(2) a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["/vergaderingen?raad=buitenlandse-zaken", "/vergaderingen?raad=buitenlandse-zaken&jaar=2022", "/vergaderingen?raad=buitenlandse-zaken&jaar=2021",
             "/vergaderingen?raad=buitenlandse-zaken&jaar=2020", "/vergaderingen?raad=buitenlandse-zaken&jaar=2017"],
            years);
    }

    [Theory]
    [InlineData("/vergaderingen?raad=marine", "geen raad")]
    [InlineData("/vergaderingen?jaar=twintig", "geen jaartal")]
    [InlineData("/vergaderingen?jaar=-1", "geen jaartal")]
    public async Task Unknown_filter_values_say_so_and_show_every_meeting(string path, string message)
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, FetchedPage.Text(page.Main.QuerySelector(".filter-problem")), StringComparison.Ordinal);
        Assert.Equal(5, MeetingLinks(page).Count);
    }
}
