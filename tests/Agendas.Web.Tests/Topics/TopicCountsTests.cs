using System.Globalization;
using Agendas.Core.Topics;
using Agendas.Data.Text;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Tests.Topics;

/// <summary>
/// The numbers a topic page counts in SQL hold to what they count, for every topic of the seeds: the count beside each
/// year is the number of entries that year's timeline shows, and the related topics are what reading and tagging every
/// entry's text gives (the way the page computed them before they were counted in SQL). Every page is shown by year
/// here (threshold 0), so that every year's count is on it.
/// </summary>
public sealed class TopicCountsTests : IClassFixture<TopicCountsTests.AppShownByYear>, IDisposable
{
    private readonly AppShownByYear _app;
    private readonly HttpClient _client;

    public TopicCountsTests(AppShownByYear app, ITestOutputHelper output)
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
    public async Task Each_years_count_is_the_number_of_entries_that_year_shows()
    {
        int checkedYears = 0;
        foreach (string topic in await TopicSlugsAsync())
        {
            var page = await TopicPage.LoadAsync(_client, topic);
            var counts = YearCounts(page);
            foreach (var (year, count) in counts)
            {
                var shown = await TopicPage.LoadAsync(_client, $"{topic}?jaar={year}");
                Assert.Equal([year], shown.Years);
                Assert.True(count == shown.Entries.Count, $"{topic} {year}: {count} beside the year, {shown.Entries.Count} on its timeline");
                checkedYears++;
            }
            Assert.Equal(page.Bars.Where(b => b.Count > 0), counts);
        }
        Assert.True(checkedYears >= 20, $"only {checkedYears} years checked");
    }

    [Fact]
    public async Task Related_topics_are_the_topics_each_entry_is_tagged_with_or_names_in_its_text()
    {
        var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")));
        int nonEmpty = 0;
        foreach (string topic in await TopicSlugsAsync())
        {
            var expected = await RelatedByReadingEveryEntryAsync(topic, vocabulary);
            var page = await TopicPage.LoadAsync(_client, topic);

            var shown = page.Related.Select(r => (Slug: r.Href["/onderwerpen/".Length..], Count: CountOf(r.Count))).ToList();
            Assert.Equal(expected.OrderBy(e => e.Slug, StringComparer.Ordinal), shown.OrderBy(s => s.Slug, StringComparer.Ordinal));
            nonEmpty += shown.Count > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty >= 5, $"only {nonEmpty} topics with related topics");
    }

    /// <summary>The definition, computed the slow way: every entry read whole, its text tagged.</summary>
    private async Task<List<(string Slug, int Count)>> RelatedByReadingEveryEntryAsync(string topic, TopicVocabulary vocabulary)
    {
        await using var db = _app.CreateDbContext();
        var items = await db.Items.AsNoTracking()
            .Where(i => i.Topics.Any(t => t.Topic.Slug == topic))
            .Select(i => new
            {
                i.Heading,
                Paragraphs = i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                Tags = i.Topics.Select(t => t.Topic.Slug).ToList(),
            })
            .ToListAsync();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Topics.Any(t => t.Topic.Slug == topic && t.ItemId == null) && !s.Items.Any(i => i.Topics.Any(t => t.Topic.Slug == topic)))
            .Select(s => new
            {
                Heading = s.Title ?? "",
                Paragraphs = s.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                Tags = s.Topics.Select(t => t.Topic.Slug).ToList(),
            })
            .ToListAsync();
        var entries = items.Select(i => (i.Heading, i.Paragraphs, i.Tags)).Concat(sessions.Select(s => (s.Heading, s.Paragraphs, s.Tags)));
        return [.. entries
            .SelectMany(e => e.Tags
                .Concat(vocabulary.Tagger.Tag(string.Join("\n", e.Paragraphs.Select(PlainText.FromMarkdown).Prepend(e.Heading))))
                .Distinct(StringComparer.Ordinal))
            .Where(slug => slug != topic)
            .GroupBy(slug => slug, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))];
    }

    private async Task<List<string>> TopicSlugsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Topics.AsNoTracking().OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync();
    }

    private static List<(int Year, int Count)> YearCounts(TopicPage page) => [.. page.Page.Main.QuerySelectorAll("nav.timeline-years li").Select(li => (
        int.Parse(li.QuerySelector("a")!.TextContent.Trim(), CultureInfo.InvariantCulture),
        int.Parse(li.QuerySelector(".related-count")!.TextContent.Trim('(', ')', ' '), CultureInfo.InvariantCulture)))];

    // "(in 3 agendapunten)", "(in 1 agendapunt)".
    private static int CountOf(string text) => int.Parse(text.Split(' ')[1], CultureInfo.InvariantCulture);

    public sealed class AppShownByYear : AgendasAppFactory
    {
        public AppShownByYear() => Settings = new Dictionary<string, string> { ["Agendas:TopicTimelineByYearAbove"] = "0" };
    }
}
