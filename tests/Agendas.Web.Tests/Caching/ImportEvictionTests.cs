using System.Net;
using Agendas.Core.Topics;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Agendas.Web.Tests.Caching;

/// <summary>
/// An import by another writer (here the real importer on its own connection, as the CLI would) shows on the cached
/// pages within seconds, without a restart.
/// </summary>
public sealed class ImportEvictionTests(ITestOutputHelper output)
{
    private const string Letter2017 = "004_693843c5837e85b5.txt";
    private const string Letter2020 = "000_755643963f92a194.txt";
    private const string Meeting2020 = "2020-12-01-buitenlandse-zaken";

    [Fact]
    public async Task A_letter_imported_while_the_app_runs_appears_on_the_home_page_and_the_topic_index()
    {
        using var seeds = new TempDirectory();
        File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", Letter2017), Path.Combine(seeds.Path, Letter2017));
        await using var app = await CachingServer.StartAsync(output, new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path });
        using var client = app.CreateHttpClient();
        await client.FetchAsync("/");
        await client.FetchAsync("/onderwerpen");
        var cachedHome = await client.FetchAsync("/");
        var cachedTopics = await client.FetchAsync("/onderwerpen");
        Assert.Equal((true, true), (cachedHome.FromCache, cachedTopics.FromCache));
        Assert.DoesNotContain(Meeting2020, MeetingSlugs(cachedHome));
        Assert.Equal(0, ChinaCount(cachedTopics));

        var summary = await ImportAsync(app, Path.Combine(RepositoryRoot.Path, "seeds", Letter2020));
        var home = await client.FetchUntilAsync("/", p => MeetingSlugs(p).Contains(Meeting2020));
        var topics = await client.FetchUntilAsync("/onderwerpen", p => ChinaCount(p) > 0);

        Assert.Equal(1, summary.Imported);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains(Meeting2020, MeetingSlugs(home));
        Assert.True(ChinaCount(topics) > 0, "the 2020 agenda has items about China");
    }

    private static async Task<ImportSummary> ImportAsync(AgendasAppFactory app, string letter)
    {
        var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")));
        await using var db = app.CreateDbContext();
        return await new LetterImporter(db, vocabulary, NullLogger<LetterImporter>.Instance).ImportAsync([letter]);
    }

    private static List<string> MeetingSlugs(CachedPage page) =>
        [.. page.Document.QuerySelectorAll("table.meetings tbody tr").Select(row => row.Id ?? "")];

    private static int ChinaCount(CachedPage page) =>
        int.TryParse(FetchedPage.Text(page.Document.QuerySelector("table.topics tbody tr[id='china'] td.topic-count")), out int n) ? n : -1;
}
