using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Topics;

/// <summary>/onderwerpen/{topic} over the five seeds, imported by the real importer into a SQLite file.</summary>
public sealed class TopicPageTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public TopicPageTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Rusland_lists_the_meetings_of_2017_2020_2021_and_2022_in_date_order()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Rusland", page.Page.Heading);
        Assert.Equal([2017, 2020, 2021, 2022], page.Years);
        Assert.Equal(
            ["2017-03-31", "2020-12-01", "2021-03-23", "2022-11-29", "2022-11-29"],
            page.Entries.Select(e => e.MeetingDate));
        Assert.Equal(
            [
                "/vergaderingen/2017-03-31-buitenlandse-zaken",
                "/vergaderingen/2020-12-01-buitenlandse-zaken",
                "/vergaderingen/2021-03-23-buitenlandse-zaken",
                "/vergaderingen/2022-11-29-buitenlandse-zaken",
                "/vergaderingen/2022-11-29-buitenlandse-zaken",
            ],
            page.Entries.Select(e => e.MeetingHref));
    }

    [Fact]
    public async Task Each_item_links_to_its_anchor_on_the_session_page()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var werklunch = page.Entries[0];
        Assert.Equal("Rusland", werklunch.Heading);
        Assert.Equal("Sessie 2: Werklunch", werklunch.Session);
        Assert.Equal("/vergaderingen/2017-03-31-buitenlandse-zaken/sessie-2#rusland", werklunch.Href);
        Assert.Equal(
            "/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-1#rusland-en-arms-control-disarmament-and-non-proliferation-adn",
            page.Entries[1].Href);
        Assert.Equal("/vergaderingen/2021-03-23-buitenlandse-zaken/sessie-3#rusland-en-wapenbeheersing", page.Entries[2].Href);
    }

    [Fact]
    public async Task Entries_show_the_first_lines_of_their_text_as_plain_text()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var excerpt = page.Entries[0].Excerpt;
        Assert.StartsWith("De NAVO-ministers zullen tijdens de werklunch spreken over de relatie van de NAVO met Rusland.", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 300, $"an excerpt, not the whole paragraph: {excerpt.Length} characters");
        Assert.All(page.Entries, e => Assert.Empty(e.ExcerptElement!.Children));
    }

    [Fact]
    public async Task Sessions_without_items_of_seed_003_appear_on_oekraine_and_link_to_the_session_page()
    {
        var page = await TopicPage.LoadAsync(_client, "oekraine");

        Assert.Equal([2017, 2022], page.Years);
        var sessions = page.Entries.Where(e => e.MeetingDate == "2022-11-29").ToList();
        Assert.Equal(["Rusland-Oekraïne", "Informeel diner Rusland/Oekraïne"], sessions.Select(s => s.Heading));
        Assert.Equal(
            ["/vergaderingen/2022-11-29-buitenlandse-zaken/sessie-1", "/vergaderingen/2022-11-29-buitenlandse-zaken/sessie-2"],
            sessions.Select(s => s.Href));
        Assert.All(sessions, s => Assert.NotEmpty(s.Excerpt));
        // The 2017 item is an item: its link carries the anchor.
        Assert.Equal("/vergaderingen/2017-03-31-buitenlandse-zaken/sessie-3#oekraine", page.Entries[0].Href);
    }

    [Fact]
    public async Task Chart_is_an_accessible_inline_SVG_with_one_bar_per_year()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var chart = page.Chart;
        Assert.NotNull(chart);
        Assert.Equal("img", chart.GetAttribute("role"));
        var title = chart.QuerySelector("title");
        Assert.NotNull(title);
        Assert.Equal(title.Id, chart.GetAttribute("aria-labelledby"));
        Assert.Contains("2022: 2", title.TextContent, StringComparison.Ordinal);

        // One bar for every year from the first to the last; years without items stand at zero.
        Assert.Equal([(2017, 1), (2018, 0), (2019, 0), (2020, 1), (2021, 1), (2022, 2)], page.Bars);
        Assert.Equal(page.Years, page.Bars.Where(b => b.Count > 0).Select(b => b.Year));
        Assert.All(page.Chart!.QuerySelectorAll("g.chart-bar"), bar => Assert.NotNull(bar.QuerySelector("rect")));
        // The same numbers as a table for screen readers.
        Assert.Equal(page.Bars, page.ChartTable);
        Assert.Empty(page.Page.Document.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Related_topics_of_rusland_include_wapenbeheersing_and_oekraine_with_counts_and_links()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var related = page.Related;
        var arms = Assert.Single(related, r => r.Href == "/onderwerpen/wapenbeheersing");
        Assert.Equal("Wapenbeheersing, ontwapening en non-proliferatie", arms.Name);
        Assert.Equal("(in 2 agendapunten)", arms.Count);
        Assert.Contains(related, r => r.Href == "/onderwerpen/oekraine");
        Assert.DoesNotContain(related, r => r.Href == "/onderwerpen/rusland");
        // Most shared first.
        Assert.Equal("/onderwerpen/oekraine", related[0].Href);
    }

    [Theory]
    [InlineData("/onderwerpen/bestaat-niet")]
    [InlineData("/onderwerpen/Rusland")]
    public async Task Unknown_topic_answers_404_with_a_search_box(string path)
    {
        var page = await FetchedPage.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Pagina niet gevonden", page.Heading);
        var form = page.ContentSearchForm;
        Assert.NotNull(form);
        Assert.Equal("/zoeken", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }
}
