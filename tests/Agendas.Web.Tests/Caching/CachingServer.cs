using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Tests.Caching;

/// <summary>
/// A server of one test's own (its own database), polling the data version often so that tests wait briefly, and
/// the ways a test changes that database behind the app's back.
/// </summary>
internal static class CachingServer
{
    public static async Task<AgendasServerFixture> StartAsync(ITestOutputHelper output, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string> { ["Agendas:DataVersionPollInterval"] = "00:00:00.200" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        var server = new AgendasServerFixture { Settings = all };
        server.Logs.Output = output;
        await ((IAsyncLifetime)server).InitializeAsync();
        return server;
    }

    /// <summary>Renames a topic in the database without bumping the data version: only an uncached page can show it.</summary>
    public static async Task RenameTopicQuietlyAsync(this AgendasAppFactory app, string slug, string dutch)
    {
        await using var db = app.CreateDbContext();
        int changed = await db.Topics.Where(t => t.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(t => t.Dutch, dutch));
        Assert.Equal(1, changed);
    }

    /// <summary>What an import does to tell readers that the data changed.</summary>
    public static async Task BumpDataVersionAsync(this AgendasAppFactory app)
    {
        await using var db = app.CreateDbContext();
        await db.DataVersion.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1));
    }

    public static async Task<CachedPage> FetchAsync(this HttpClient client, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        using var response = await client.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return new CachedPage(response.StatusCode, headers, document);
    }

    /// <summary>
    /// Fetches <paramref name="path"/> until <paramref name="done"/> holds or the deadline passes, and returns the
    /// last page: the caller asserts on it, so a miss shows what the page said instead of a timeout.
    /// </summary>
    public static async Task<CachedPage> FetchUntilAsync(this HttpClient client, string path, Func<CachedPage, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var page = await client.FetchAsync(path);
            if (done(page) || DateTime.UtcNow > deadline)
            {
                return page;
            }
            await Task.Delay(100);
        }
    }
}

/// <summary>A response with its headers and its HTML.</summary>
internal sealed record CachedPage(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, IHtmlDocument Document)
{
    /// <summary>The output cache adds <c>Age</c> to what it serves from memory, and only then.</summary>
    public bool FromCache => Headers.ContainsKey("Age");

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>The Dutch name in a row of the topic index.</summary>
    public string TopicName(string slug) => FetchedPage.Text(Document.QuerySelector($"table.topics tbody tr[id='{slug}'] .topic-name"));
}
