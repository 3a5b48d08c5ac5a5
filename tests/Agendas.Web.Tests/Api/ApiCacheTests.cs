using System.Net;
using Agendas.Core.Topics;
using Agendas.Data.Import;
using Agendas.Web.Tests.Caching;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Agendas.Web.Tests.Api;

/// <summary>API answers are cached like the pages: kept until an import changes the data, then answered anew.</summary>
public sealed class ApiCacheTests(ITestOutputHelper output)
{
    private const string Letter2017 = "004_693843c5837e85b5.txt";
    private const string Letter2020 = "000_755643963f92a194.txt";
    private const string Meeting2020 = "2020-12-01-buitenlandse-zaken";

    [Fact]
    public async Task A_cached_answer_is_kept_until_an_import_and_then_shows_the_new_letter()
    {
        using var seeds = new TempDirectory();
        File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", Letter2017), Path.Combine(seeds.Path, Letter2017));
        await using var app = await CachingServer.StartAsync(output, new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path });
        using var client = app.CreateHttpClient();
        await ApiCall.GetAsync(client, "/api/onderwerpen/rusland");
        await app.RenameTopicQuietlyAsync("rusland", "Rusland (hernoemd)");

        var cached = await ApiCall.GetAsync(client, "/api/onderwerpen/rusland");
        await ImportAsync(app, Path.Combine(RepositoryRoot.Path, "seeds", Letter2020));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var fresh = await ApiCall.GetAsync(client, "/api/onderwerpen/rusland");
        while (Meetings(fresh).Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            fresh = await ApiCall.GetAsync(client, "/api/onderwerpen/rusland");
        }

        Assert.Equal((HttpStatusCode.OK, true, "Rusland"), (cached.Status, cached.FromCache, cached.Body.GetProperty("name").GetString()));
        Assert.Equal(["2017-03-31-buitenlandse-zaken"], Meetings(cached));
        Assert.Equal(["2017-03-31-buitenlandse-zaken", Meeting2020], Meetings(fresh));
    }

    [Fact]
    public async Task A_problem_answer_is_not_cached()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        var missing = await ApiCall.GetAsync(client, "/api/onderwerpen/ruimte");
        await using (var db = app.CreateDbContext())
        {
            db.Topics.Add(new Data.Entities.Topic { Slug = "ruimte", Dutch = "Ruimte", English = "Space" });
            await db.SaveChangesAsync();
        }

        var found = await ApiCall.GetAsync(client, "/api/onderwerpen/ruimte");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal((HttpStatusCode.OK, "Ruimte", false), (found.Status, found.Body.GetProperty("name").GetString(), found.FromCache));
    }

    private static List<string> Meetings(ApiCall call) =>
        [.. call.Body.GetProperty("timeline").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("meeting").GetString()!).Distinct()];

    private static async Task ImportAsync(AgendasAppFactory app, string letter)
    {
        var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")));
        await using var db = app.CreateDbContext();
        var summary = await new LetterImporter(db, vocabulary, NullLogger<LetterImporter>.Instance).ImportAsync([letter]);
        Assert.Equal(1, summary.Imported);
    }
}
