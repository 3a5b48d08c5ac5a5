using System.Net;
using Agendas.Core.Topics;
using Agendas.Data.Import;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Agendas.Web.Tests.Feeds;

/// <summary>
/// A changed version of a letter replaces the stored one (new rows, new database keys): the feeds keep their entry
/// ids, the topic entry keeps its date, and the letter's entry moves to the time of the new import.
/// </summary>
public sealed class ReimportTests(ITestOutputHelper output)
{
    private const string Letter2020 = "000_755643963f92a194.txt";

    [Fact]
    public async Task Feed_ids_survive_a_reimport_of_a_changed_letter_and_the_validator_changes()
    {
        using var seeds = new TempDirectory();
        string original = Path.Combine(RepositoryRoot.Path, "seeds", Letter2020);
        File.Copy(original, Path.Combine(seeds.Path, Letter2020));
        // Uncached, so that every request after the import reads the database.
        await using var app = new AgendasAppFactory
        {
            Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path, ["Agendas:OutputCache"] = "false" },
        };
        app.Logs.Output = output;
        using var client = app.CreateClient();
        var topicBefore = await Download.GetAsync(client, "/onderwerpen/rusland/feed");
        var lettersBefore = (await Download.GetAsync(client, "/vergaderingen/feed")).Feed;

        string changed = Path.Combine(seeds.Path, "gecorrigeerd.txt");
        string text = await File.ReadAllTextAsync(original);
        Assert.Contains("De eerste sessie zal ingaan op Rusland", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(changed, text.Replace("De eerste sessie zal ingaan op Rusland", "De eerste sessie gaat in op Rusland", StringComparison.Ordinal));
        // Atom dates have one-second precision: the new import must fall in a later second than the first.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var summary = await ImportAsync(app, changed);
        var topicAfter = await Download.GetAsync(client, "/onderwerpen/rusland/feed");
        var lettersAfter = (await Download.GetAsync(client, "/vergaderingen/feed")).Feed;
        var conditional = await Download.GetAsync(client, "/onderwerpen/rusland/feed", r => r.Headers.TryAddWithoutValidation("If-None-Match", topicBefore.ETag));

        Assert.Equal(1, summary.Updated);
        Assert.NotEmpty(topicBefore.Feed.Items);
        Assert.Equal(topicBefore.Feed.Items.Select(i => i.Id), topicAfter.Feed.Items.Select(i => i.Id));
        Assert.Equal(topicBefore.Feed.Items.Select(i => i.LastUpdatedTime), topicAfter.Feed.Items.Select(i => i.LastUpdatedTime));
        Assert.Contains(topicAfter.Feed.Items, i => i.Summary.Text.Contains("De eerste sessie gaat in op Rusland", StringComparison.Ordinal));
        var letterBefore = Assert.Single(lettersBefore.Items);
        var letterAfter = Assert.Single(lettersAfter.Items);
        Assert.Equal(letterBefore.Id, letterAfter.Id);
        Assert.True(letterAfter.LastUpdatedTime > letterBefore.LastUpdatedTime, "a changed letter is updated at its new import");
        Assert.Equal(letterBefore.PublishDate, letterAfter.PublishDate);
        Assert.NotEqual(topicBefore.ETag, topicAfter.ETag);
        Assert.Equal(HttpStatusCode.OK, conditional.Status);
    }

    [Fact]
    public async Task Search_feed_ids_survive_a_reimport_and_the_old_etag_then_gets_the_new_feed()
    {
        using var seeds = new TempDirectory();
        string original = Path.Combine(RepositoryRoot.Path, "seeds", Letter2020);
        File.Copy(original, Path.Combine(seeds.Path, Letter2020));
        await using var app = new AgendasAppFactory
        {
            Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path, ["Agendas:OutputCache"] = "false" },
        };
        app.Logs.Output = output;
        using var client = app.CreateClient();
        const string feed = "/zoeken/feed?q=Rusland";
        var before = await Download.GetAsync(client, feed);
        var unchanged = await Download.GetAsync(client, feed, r => r.Headers.TryAddWithoutValidation("If-None-Match", before.ETag));

        string changed = Path.Combine(seeds.Path, "gecorrigeerd.txt");
        string text = await File.ReadAllTextAsync(original);
        await File.WriteAllTextAsync(changed, text.Replace("De eerste sessie zal ingaan op Rusland", "De eerste sessie gaat in op Rusland", StringComparison.Ordinal));
        var summary = await ImportAsync(app, changed);
        var after = await Download.GetAsync(client, feed, r => r.Headers.TryAddWithoutValidation("If-None-Match", before.ETag));

        Assert.Equal(1, summary.Updated);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.NotEmpty(before.Feed.Items);
        Assert.Equal(before.Feed.Items.Select(i => i.Id), after.Feed.Items.Select(i => i.Id));
        Assert.Equal(before.Feed.Id, after.Feed.Id);
        Assert.Contains(after.Feed.Items, i => i.Summary.Text.Contains("gaat in op Rusland", StringComparison.Ordinal));
    }

    private static async Task<ImportSummary> ImportAsync(AgendasAppFactory app, string letter)
    {
        var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")));
        await using var db = app.CreateDbContext();
        return await new LetterImporter(db, vocabulary, NullLogger<LetterImporter>.Instance).ImportAsync([letter]);
    }
}
