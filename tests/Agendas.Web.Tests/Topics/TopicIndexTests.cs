using System.Net;
using System.Text.Json.Nodes;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Tests.Topics;

/// <summary>/onderwerpen: every topic with its number of items and its span of years.</summary>
public sealed class TopicIndexTests : IClassFixture<TopicIndexTests.AppWithAnUnusedTopic>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public TopicIndexTests(AppWithAnUnusedTopic app, ITestOutputHelper output)
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

    private async Task<IReadOnlyList<TopicRow>> LoadRowsAsync()
    {
        var page = await FetchedPage.GetAsync(_client, "/onderwerpen");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.Main.QuerySelectorAll("table.topics tbody tr").Select(row => new TopicRow(
            row.Id ?? "",
            FetchedPage.Text(row.QuerySelector(".topic-name")),
            row.QuerySelector(".topic-name a")?.GetAttribute("href"),
            FetchedPage.Text(row.QuerySelector(".topic-english")),
            int.Parse(FetchedPage.Text(row.QuerySelector("td.topic-count")), System.Globalization.CultureInfo.InvariantCulture),
            FetchedPage.Text(row.QuerySelector(".topic-years"))))];
    }

    [Theory]
    [InlineData("rusland", "Rusland", "Russia", 5, "2017–2022")]
    [InlineData("oekraine", "Oekraïne", "Ukraine", 3, "2017–2022")]
    [InlineData("china", "China", "China", 3, "2020–2022")]
    [InlineData("afghanistan", "Afghanistan", "Afghanistan", 3, "2020–2021")]
    [InlineData("strategisch-concept", "Strategisch Concept", "Strategic Concept", 2, "2021–2022")]
    [InlineData("cyber", "Cyber", "Cyber", 1, "2021")]
    public async Task Each_topic_shows_its_Dutch_and_English_name_count_and_years(string slug, string dutch, string english, int count, string years)
    {
        var rows = await LoadRowsAsync();

        var row = Assert.Single(rows, r => r.Slug == slug);
        Assert.Equal((dutch, $"/onderwerpen/{slug}", english, count, years), (row.Dutch, row.Href, row.English, row.Count, row.Years));
    }

    [Fact]
    public async Task Every_topic_of_the_vocabulary_is_listed_alphabetically_those_without_items_plainly()
    {
        var rows = await LoadRowsAsync();

        await using var db = _app.CreateDbContext();
        var slugs = await db.Topics.Select(t => t.Slug).ToListAsync();
        Assert.Equal(slugs.Order(), rows.Select(r => r.Slug).Order());
        Assert.Equal(rows.Select(r => Core.Text.Folding.Fold(r.Dutch)).Order(StringComparer.Ordinal), rows.Select(r => Core.Text.Folding.Fold(r.Dutch)));

        var empty = Assert.Single(rows, r => r.Count == 0);
        Assert.Equal((AppWithAnUnusedTopic.Slug, null, "nog niet op de agenda"), (empty.Slug, empty.Href, empty.Years));
    }

    [Fact]
    public async Task A_topic_that_was_never_on_an_agenda_still_has_a_plain_page()
    {
        // Cross-links may point at any topic of the vocabulary, so its page exists even without items.
        var page = await TopicPage.LoadAsync(_client, AppWithAnUnusedTopic.Slug);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Ruimte", page.Page.Heading);
        Assert.Null(page.Chart);
        Assert.Empty(page.Entries);
        Assert.Empty(page.Related);
        Assert.Contains("Nog geen agendapunten", FetchedPage.Text(page.Page.Main.QuerySelector(".lead")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_count_is_the_number_of_entries_on_the_topic_page()
    {
        var rows = await LoadRowsAsync();

        foreach (var row in rows.Where(r => r.Count > 0))
        {
            var page = await TopicPage.LoadAsync(_client, row.Slug);
            Assert.True(row.Count == page.Entries.Count, $"{row.Slug}: {row.Count} on the index, {page.Entries.Count} on its page");
            Assert.Equal(row.Years, page.Years.Count == 1 ? $"{page.Years[0]}" : $"{page.Years[0]}–{page.Years[^1]}");
        }
    }

    private sealed record TopicRow(string Slug, string Dutch, string? Href, string English, int Count, string Years);

    /// <summary>The seeds with the shipped vocabulary plus one topic that no seed is about (Agendas:TopicsFile).</summary>
    public sealed class AppWithAnUnusedTopic : AgendasAppFactory
    {
        public const string Slug = "ruimte";

        private readonly TempDirectory _folder = new();

        public AppWithAnUnusedTopic()
        {
            var vocabulary = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")))!;
            vocabulary["topics"]!.AsArray().Add(new JsonObject
            {
                ["slug"] = Slug,
                ["nl"] = "Ruimte",
                ["en"] = "Space",
                ["aliases"] = new JsonArray("ruimtevaart", "satellieten"),
            });
            string file = Path.Combine(_folder.Path, "topics.json");
            File.WriteAllText(file, vocabulary.ToJsonString());
            Settings = new Dictionary<string, string> { ["Agendas:TopicsFile"] = file };
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _folder.Dispose();
            }
        }
    }
}
