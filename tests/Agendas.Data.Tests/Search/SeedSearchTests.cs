using Agendas.Core.Model;
using Agendas.Data.Search;

namespace Agendas.Data.Tests.Search;

/// <summary>The matching behaviours of issue 4 over the five seeds, through <see cref="ISearchIndex"/> on a real SQLite file.</summary>
public sealed class SeedSearchTests(SeededSearchStore seeds) : IClassFixture<SeededSearchStore>
{
    private static readonly DateOnly December2020 = new(2020, 12, 1);
    private static readonly DateOnly March2021 = new(2021, 3, 23);
    private static readonly DateOnly June2021 = new(2021, 6, 1);

    [Fact]
    public async Task Oekraine_without_diaeresis_finds_the_meetings_of_2017_and_2022_with_marks()
    {
        var results = await seeds.SearchAsync("oekraine");

        var years = results.Hits.Select(h => h.MeetingStart.Year).Distinct().ToList();
        Assert.Contains(2017, years);
        Assert.Contains(2022, years);
        var marked = results.Hits.SelectMany(h => h.Snippet.Concat(h.HeadingParts)).Where(p => p.Marked).Select(p => p.Text).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.Equal("oekraïne", m.ToLowerInvariant()));
    }

    [Fact]
    public async Task Dreiging_finds_the_item_Weerbaarheid_whose_text_says_only_dreigingen()
    {
        var results = await seeds.SearchAsync("dreiging");

        var weerbaarheid = Assert.Single(results.Hits, h => h.Heading == "Weerbaarheid" && h.MeetingStart == June2021);
        Assert.Contains(weerbaarheid.Snippet, p => p.Marked && p.Text == "dreigingen");
    }

    [Fact]
    public async Task Bondgenoot_finds_bondgenoten()
    {
        var results = await seeds.SearchAsync("bondgenoot");

        Assert.Contains(results.Hits, h => h.Snippet.Any(p => p.Marked && p.Text.Equals("bondgenoten", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_quoted_phrase_finds_the_meetings_of_1_December_2020_and_23_March_2021()
    {
        var results = await seeds.SearchAsync("\"druk en dialoog\"");

        Assert.Equal([December2020, March2021], results.Hits.Select(h => h.MeetingStart).Distinct().Order());
    }

    [Fact]
    public async Task A_phrase_needs_its_words_in_order_while_plain_words_need_not()
    {
        var phrase = await seeds.SearchAsync("\"dialoog en druk\"");
        var words = await seeds.SearchAsync("dialoog en druk");

        Assert.DoesNotContain(phrase.Hits, h => h.MeetingStart == March2021 && h.Heading.StartsWith("Rusland", StringComparison.Ordinal));
        Assert.Contains(words.Hits, h => h.MeetingStart == March2021);
    }

    [Fact]
    public async Task China_in_2022_returns_only_2022()
    {
        var results = await seeds.SearchAsync("China", new SearchFilters(FromYear: 2022, ToYear: 2022));

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(2022, h.MeetingStart.Year));
        Assert.Equal(["2022"], results.Facets.Years.Select(f => f.Value));
    }

    [Fact]
    public async Task A_prefix_matches_the_words_that_start_with_it()
    {
        var prefix = await seeds.SearchAsync("cyber*");
        var word = await seeds.SearchAsync("cyber");

        Assert.True(prefix.Total > word.Total, $"cyber* {prefix.Total}, cyber {word.Total}");
        Assert.Contains(prefix.Hits, h => h.Snippet.Any(p => p.Marked && p.Text.StartsWith("cyber", StringComparison.OrdinalIgnoreCase) && p.Text.Length > 5));
    }

    [Fact]
    public async Task An_exclusion_removes_the_entries_that_mention_it()
    {
        var all = await seeds.SearchAsync("Rusland");
        var withoutChina = await seeds.SearchAsync("Rusland -China");

        Assert.True(withoutChina.Total < all.Total, $"{withoutChina.Total} of {all.Total}");
        Assert.True(withoutChina.Total > 0);
        var china = await seeds.SearchAsync("Rusland China");
        Assert.Equal(all.Total, withoutChina.Total + china.Total);
    }

    [Fact]
    public async Task Words_are_all_required_and_OF_or_OR_accepts_either()
    {
        var afghanistan = await seeds.SearchAsync("Afghanistan");
        var china = await seeds.SearchAsync("China");
        var both = await seeds.SearchAsync("Afghanistan China");
        var either = await seeds.SearchAsync("Afghanistan OF China");
        var eitherEnglish = await seeds.SearchAsync("Afghanistan OR China");

        Assert.True(both.Total < Math.Min(afghanistan.Total, china.Total));
        Assert.Equal(afghanistan.Total + china.Total - both.Total, either.Total);
        Assert.Equal(either.Total, eitherEnglish.Total);
    }

    [Fact]
    public async Task The_heading_weighs_more_than_the_text()
    {
        var results = await seeds.SearchAsync("China", page: new SearchPage(PageSize: 3));

        Assert.Equal("China", results.Hits[0].Heading);
    }

    [Theory]
    [InlineData("28676-266")]
    [InlineData("28 676, nr. 266")]
    [InlineData("Kamerstuk 28 676, nr. 266")]
    [InlineData("kst-28676-266")]
    [InlineData("28676 nr 266")]
    public async Task A_Kamerstuk_number_in_any_common_form_finds_its_letter(string query)
    {
        var results = await seeds.SearchAsync(query);

        var letter = Assert.Single(results.Letters);
        Assert.Equal("28676-266", letter.Kamerstuk);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(letter.Slug, h.DocumentSlug));
    }

    [Fact]
    public async Task Filters_on_council_kind_and_topic_narrow_the_results()
    {
        var all = await seeds.SearchAsync("NAVO");
        var reports = await seeds.SearchAsync("NAVO", new SearchFilters(Kind: DocumentKind.Report));
        var defence = await seeds.SearchAsync("NAVO", new SearchFilters(Council: "defensie"));
        var russia = await seeds.SearchAsync("NAVO", new SearchFilters(Topic: "rusland"));

        Assert.Equal(all.Facets.Kinds.Single(k => k.Value == "report").Count, reports.Total);
        Assert.All(reports.Hits, h => Assert.Equal(DocumentKind.Report, h.Kind));
        Assert.Equal(all.Facets.Councils.Single(k => k.Value == "defensie").Count, defence.Total);
        Assert.All(defence.Hits, h => Assert.Contains("defensie", h.Councils));
        Assert.Equal(all.Facets.Topics.Single(k => k.Value == "rusland").Count, russia.Total);
    }

    [Fact]
    public async Task A_session_without_items_is_found_and_links_to_its_session_page()
    {
        var results = await seeds.SearchAsync("NAVO", page: new SearchPage(PageSize: 500));

        var session = Assert.Single(results.Hits, h => h.ItemSlug is null && h.Url.EndsWith("/sessie-1", StringComparison.Ordinal) && h.MeetingStart.Year == 2022);
        Assert.Equal($"/vergaderingen/{session.MeetingSlug}/sessie-1", session.Url);
    }

    [Fact]
    public async Task Items_link_to_their_anchor_on_the_session_page()
    {
        var results = await seeds.SearchAsync("dreiging");

        var hit = results.Hits.Single(h => h.Heading == "Weerbaarheid" && h.MeetingStart == June2021);
        Assert.Equal($"/vergaderingen/{hit.MeetingSlug}/sessie-{hit.SessionNumber}#weerbaarheid", hit.Url);
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_meeting_first_and_pages_do_not_overlap()
    {
        var byDate = await seeds.SearchAsync("NAVO", page: new SearchPage(PageSize: 500, Sort: SearchSort.Date));
        var first = await seeds.SearchAsync("NAVO", page: new SearchPage(1, 5));
        var second = await seeds.SearchAsync("NAVO", page: new SearchPage(2, 5));

        Assert.Equal(byDate.Hits.Select(h => h.MeetingStart).OrderDescending(), byDate.Hits.Select(h => h.MeetingStart));
        Assert.Equal(5, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Url + h.Kind).Intersect(second.Hits.Select(h => h.Url + h.Kind)));
        Assert.Equal(first.Total, byDate.Total);
    }
}
