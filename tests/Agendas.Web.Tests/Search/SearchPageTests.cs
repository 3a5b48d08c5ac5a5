using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Search;

/// <summary>/zoeken over the five seeds: the "Must show" list of issue 4 and the page's parts.</summary>
public sealed class SearchPageTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private static readonly string[] PhraseWords = ["druk", "en", "dialoog"];

    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public SearchPageTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task Oekraine_finds_the_meetings_of_2017_and_2022_with_marks_in_the_snippets()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("oekraine"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var years = page.Results.Select(r => r.Date[..4]).Distinct().ToList();
        Assert.Contains("2017", years);
        Assert.Contains("2022", years);
        var marks = page.Results.Where(r => r.Snippet is not null).SelectMany(r => r.Snippet!.QuerySelectorAll("mark")).Select(m => m.TextContent).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("oekraïne", m.ToLowerInvariant()));
    }

    [Fact]
    public async Task Dreiging_finds_the_item_Weerbaarheid_of_1_June_2021()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("dreiging"));

        var result = Assert.Single(page.Results, r => r.Heading == "Weerbaarheid" && r.Date == "2021-06-01");
        Assert.Contains("dreigingen", result.Marks);
        Assert.EndsWith("#weerbaarheid", result.Href, StringComparison.Ordinal);
        Assert.StartsWith("/vergaderingen/2021-06-01-", result.Href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phrase_finds_the_meetings_of_1_December_2020_and_23_March_2021()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("\"druk en dialoog\""));

        Assert.Equal(["2020-12-01", "2021-03-23"], page.Results.Select(r => r.Date).Distinct().Order());
        Assert.All(page.Results, r =>
        {
            Assert.Contains("dialoog", r.Marks);
            Assert.All(r.Marks, m => Assert.Contains(m.ToLowerInvariant(), PhraseWords));
        });
    }

    [Fact]
    public async Task China_from_2022_to_2022_returns_only_2022()
    {
        var page = await SearchPage.LoadAsync(_client, "?q=China&van=2022&tot=2022");

        Assert.NotEmpty(page.Results);
        Assert.All(page.Results, r => Assert.StartsWith("2022-", r.Date, StringComparison.Ordinal));
        Assert.Equal(["2022"], page.Facet("jaar").Select(f => f.Label));
    }

    [Theory]
    [InlineData("Russia", "rusland")]
    [InlineData("Rusland", "rusland")]
    [InlineData("ADN", "wapenbeheersing")]
    public async Task A_query_that_names_a_topic_offers_it_on_top_with_its_numbers(string query, string slug)
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q(query));

        var topic = Assert.Single(page.Topics, t => t.Slug == slug);
        Assert.Equal($"/onderwerpen/{slug}", topic.Href);
        Assert.Matches(@"^\d+ agendapunt(en)?(, \d{4}(–\d{4})?)?$", topic.Count);
    }

    [Fact]
    public async Task Russia_offers_the_topic_Rusland_with_its_count_of_items_and_years()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("Russia"));

        var topic = Assert.Single(page.Topics);
        Assert.Equal("Rusland", topic.Name);
        Assert.Equal("5 agendapunten, 2017–2022", topic.Count);
    }

    [Theory]
    [InlineData("28676-266")]
    [InlineData("28 676, nr. 266")]
    public async Task A_Kamerstuk_number_finds_its_letter(string query)
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q(query));

        var letter = Assert.Single(page.Letters);
        Assert.StartsWith("/documenten/", letter.Href, StringComparison.Ordinal);
        Assert.NotEmpty(page.Results);
    }

    [Fact]
    public async Task Facets_are_plain_links_that_narrow_the_results_to_their_count()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("NAVO"));
        Assert.NotEmpty(page.Facet("jaar"));
        Assert.NotEmpty(page.Facet("onderwerp"));
        Assert.NotEmpty(page.Facet("raad"));
        Assert.NotEmpty(page.Facet("soort"));

        foreach (string facet in new[] { "jaar", "raad", "soort", "onderwerp" })
        {
            var (label, count, href) = page.Facet(facet)[0];
            var narrowed = await SearchPage.LoadAsync(_client, href[href.IndexOf('?', StringComparison.Ordinal)..]);
            Assert.StartsWith("/zoeken?q=NAVO&", href, StringComparison.Ordinal);
            Assert.Equal(count == 1 ? "1 resultaat" : $"{count} resultaten", narrowed.Count.Split(',')[0]);
            Assert.False(string.IsNullOrEmpty(label));
        }
    }

    [Fact]
    public async Task Results_are_paged_and_the_next_page_continues_the_list()
    {
        var first = await SearchPage.LoadAsync(_client, SearchPage.Q("NAVO"));

        Assert.Equal(20, first.Results.Count);
        Assert.Contains("pagina 1 van", first.Count, StringComparison.Ordinal);
        string next = Assert.IsType<string>(first.NextPage);
        var second = await SearchPage.LoadAsync(_client, next[next.IndexOf('?', StringComparison.Ordinal)..]);
        Assert.Contains("pagina 2 van", second.Count, StringComparison.Ordinal);
        Assert.Empty(first.Results.Select(r => r.Href + r.Context).Intersect(second.Results.Select(r => r.Href + r.Context)));
        Assert.Equal("21", second.Page.Main.QuerySelector("ol.search-results")?.GetAttribute("start"));
    }

    [Fact]
    public async Task Sorting_by_date_lists_the_newest_meeting_first()
    {
        var page = await SearchPage.LoadAsync(_client, "?q=NAVO&sorteer=datum");

        var dates = page.Results.Select(r => r.Date).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_and_an_explanation()
    {
        var page = await SearchPage.LoadAsync(_client, "");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Form);
        Assert.StartsWith("Typ een of meer woorden", page.Message, StringComparison.Ordinal);
        Assert.Empty(page.Results);
    }

    [Fact]
    public async Task Nothing_found_says_so_and_keeps_the_query_in_the_form()
    {
        var page = await SearchPage.LoadAsync(_client, SearchPage.Q("zzxqvonbekend"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zzxqvonbekend", page.QueryValue);
        Assert.StartsWith("Niets gevonden", page.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_keeps_the_chosen_filters()
    {
        var page = await SearchPage.LoadAsync(_client, "?q=China&van=2020&tot=2021&raad=defensie&soort=verslag&onderwerp=china&sorteer=datum");

        var form = page.Form!;
        Assert.Equal("2020", form.QuerySelector("#zoeken-van")?.GetAttribute("value"));
        Assert.Equal("2021", form.QuerySelector("#zoeken-tot")?.GetAttribute("value"));
        Assert.Equal("defensie", form.QuerySelector("#zoeken-raad option[selected]")?.GetAttribute("value"));
        Assert.Equal("verslag", form.QuerySelector("#zoeken-soort option[selected]")?.GetAttribute("value"));
        Assert.Equal("china", form.QuerySelector("#zoeken-onderwerp option[selected]")?.GetAttribute("value"));
        Assert.Equal("datum", form.QuerySelector("#zoeken-sorteer option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_header_search_box_leads_here()
    {
        var home = await FetchedPage.GetAsync(_client, "/");

        var form = home.Document.QuerySelector("header form[role=search]");
        Assert.Equal("/zoeken", form?.GetAttribute("action"));
        Assert.Equal("q", form?.QuerySelector("input[type=search]")?.GetAttribute("name"));
    }
}
