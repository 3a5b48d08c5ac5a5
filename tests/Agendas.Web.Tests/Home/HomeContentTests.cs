using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Home;

/// <summary>The home page's content beyond the meeting table: search panel, meeting links, topics with counts, years.</summary>
public sealed class HomeContentTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public HomeContentTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Home_page_has_a_search_box_of_its_own_that_asks_zoeken()
    {
        var page = await FetchedPage.GetAsync(_client, "/");

        var form = page.ContentSearchForm;
        Assert.NotNull(form);
        Assert.Equal("/zoeken", form.GetAttribute("action"));
        Assert.Equal("get", form.Method);
        var input = Assert.Single(form.QuerySelectorAll("input[name=q]"));
        Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        // Ids stay unique next to the header's search box.
        var ids = page.Document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Latest_meetings_link_to_their_pages_and_to_all_meetings()
    {
        var page = await FetchedPage.GetAsync(_client, "/");

        var links = page.Main.QuerySelectorAll("table.meetings tbody tr .meeting-dates a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            [
                "/vergaderingen/2022-11-29-buitenlandse-zaken",
                "/vergaderingen/2021-06-01-buitenlandse-zaken-en-defensie",
                "/vergaderingen/2021-03-23-buitenlandse-zaken",
                "/vergaderingen/2020-12-01-buitenlandse-zaken",
                "/vergaderingen/2017-03-31-buitenlandse-zaken",
            ],
            links);
        Assert.NotNull(page.Main.QuerySelector(".home-meetings a[href='/vergaderingen']"));
    }

    [Fact]
    public async Task Topics_are_listed_with_their_counts_and_link_to_their_pages()
    {
        var page = await FetchedPage.GetAsync(_client, "/");

        var topics = page.Main.QuerySelectorAll(".home-topics .topic-list li")
            .ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => FetchedPage.Text(li.QuerySelector(".topic-count")));
        Assert.Equal("(5 agendapunten)", topics["/onderwerpen/rusland"]);
        Assert.Equal("(3 agendapunten)", topics["/onderwerpen/china"]);
        Assert.Equal("(1 agendapunt)", topics["/onderwerpen/cyber"]);
        Assert.NotNull(page.Main.QuerySelector(".home-topics a[href='/onderwerpen']"));
    }

    [Fact]
    public async Task Years_are_listed_newest_first_and_filter_the_meeting_list()
    {
        var page = await FetchedPage.GetAsync(_client, "/");

        var years = page.Main.QuerySelectorAll(".home-years li").Select(li => (
            FetchedPage.Text(li.QuerySelector("a")),
            li.QuerySelector("a")!.GetAttribute("href"),
            FetchedPage.Text(li.QuerySelector(".year-count")))).ToList();
        Assert.Equal(
            [
                ("2022", "/vergaderingen?jaar=2022", "(1 vergadering)"),
                ("2021", "/vergaderingen?jaar=2021", "(2 vergaderingen)"),
                ("2020", "/vergaderingen?jaar=2020", "(1 vergadering)"),
                ("2017", "/vergaderingen?jaar=2017", "(1 vergadering)"),
            ],
            years);
    }

    [Fact]
    public async Task Headings_go_down_one_level_at_a_time()
    {
        var page = await FetchedPage.GetAsync(_client, "/");

        var levels = page.Document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }
}
