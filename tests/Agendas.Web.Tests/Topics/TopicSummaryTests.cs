using System.Text.RegularExpressions;
using Agendas.Core.Topics;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Agendas.Web.Tests.Topics;

/// <summary>
/// A topic's year counts and related topics are kept per data version (TopicSummaries): with the output cache off, a
/// second request reuses them, and an import makes the page count again.
/// </summary>
public sealed partial class TopicSummaryTests(ITestOutputHelper output)
{
    private const string Letter2017 = "004_693843c5837e85b5.txt";
    private const string Letter2020 = "000_755643963f92a194.txt";

    [Fact]
    public async Task After_an_import_the_topic_page_counts_the_new_letter_though_its_counts_were_kept()
    {
        using var seeds = new TempDirectory();
        File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", Letter2017), Path.Combine(seeds.Path, Letter2017));
        using var app = new AgendasServerFixture
        {
            Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path, ["Agendas:OutputCache"] = "false" },
        };
        app.Logs.Output = output;
        await ((IAsyncLifetime)app).InitializeAsync();
        using var client = app.CreateHttpClient();

        int before = await EntriesAsync(client);
        Assert.Equal(before, await EntriesAsync(client));
        var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")));
        await using (var db = app.CreateDbContext())
        {
            var summary = await new LetterImporter(db, vocabulary, NullLogger<LetterImporter>.Instance)
                .ImportAsync([Path.Combine(RepositoryRoot.Path, "seeds", Letter2020)]);
            Assert.Equal(1, summary.Imported);
        }

        int after = before;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (after == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            after = await EntriesAsync(client);
        }

        Assert.True(before > 0, "the 2017 letter has Russia items");
        Assert.True(after > before, $"{after} entries after the import, {before} before");
    }

    private static async Task<int> EntriesAsync(HttpClient client)
    {
        string html = await client.GetStringAsync(new Uri("/onderwerpen/rusland", UriKind.Relative));
        return int.Parse(Count().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+) agendapunt")]
    private static partial Regex Count();
}
