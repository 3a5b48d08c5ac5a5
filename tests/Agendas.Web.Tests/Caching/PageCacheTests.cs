using System.Net;
using Agendas.Web.Hosting;

namespace Agendas.Web.Tests.Caching;

/// <summary>
/// Pages are kept until the data version changes. A test proves that a page came from the cache by changing the
/// database behind the app's back (without bumping the version): only a cached page can still show the old data.
/// </summary>
public sealed class PageCacheTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_second_request_gets_the_cached_page_until_the_data_version_changes()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        var first = await client.FetchAsync("/onderwerpen");
        Assert.Equal(("Rusland", false), (first.TopicName("rusland"), first.FromCache));

        await app.RenameTopicQuietlyAsync("rusland", "Rusland (hernoemd)");
        var second = await client.FetchAsync("/onderwerpen");
        await app.BumpDataVersionAsync();
        var afterBump = await client.FetchUntilAsync("/onderwerpen", p => p.TopicName("rusland") != "Rusland");

        Assert.Equal((HttpStatusCode.OK, "Rusland", true), (second.Status, second.TopicName("rusland"), second.FromCache));
        Assert.Equal("Rusland (hernoemd)", afterBump.TopicName("rusland"));
    }

    [Fact]
    public async Task A_page_served_from_the_cache_carries_the_security_headers()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        await client.FetchAsync("/onderwerpen/rusland");
        await app.RenameTopicQuietlyAsync("rusland", "Rusland (hernoemd)");

        var cached = await client.FetchAsync("/onderwerpen/rusland");

        Assert.Equal(("Rusland", true), (cached.Heading, cached.FromCache));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, cached.Headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", cached.Headers["X-Content-Type-Options"]);
        Assert.Equal("DENY", cached.Headers["X-Frame-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", cached.Headers["Referrer-Policy"]);
    }

    [Fact]
    public async Task Each_query_string_and_each_host_has_its_own_cached_page()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        string host = $"localhost:{app.ServerAddress.Port}";
        await client.FetchAsync("/onderwerpen?jaar=2020", host);
        await app.RenameTopicQuietlyAsync("rusland", "Rusland (hernoemd)");

        var sameQuery = await client.FetchAsync("/onderwerpen?jaar=2020", host);
        var otherQuery = await client.FetchAsync("/onderwerpen?jaar=2021", host);
        var otherHost = await client.FetchAsync("/onderwerpen?jaar=2020", $"agendas.example:{app.ServerAddress.Port}");

        Assert.Equal("Rusland", sameQuery.TopicName("rusland"));
        Assert.Equal("Rusland (hernoemd)", otherQuery.TopicName("rusland"));
        Assert.Equal("Rusland (hernoemd)", otherHost.TopicName("rusland"));
    }

    [Fact]
    public async Task A_cached_session_page_prints_the_permalink_of_the_host_that_asked()
    {
        const string session = "/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2";
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        int port = app.ServerAddress.Port;
        await client.FetchAsync(session, $"localhost:{port}");
        await client.FetchAsync(session, $"agendas.example:{port}");

        var local = await client.FetchAsync(session, $"localhost:{port}");
        var named = await client.FetchAsync(session, $"agendas.example:{port}");

        Assert.Equal((true, true), (local.FromCache, named.FromCache));
        Assert.Equal($"http://localhost:{port}{session}", Permalink(local));
        Assert.Equal($"http://agendas.example:{port}{session}", Permalink(named));
    }

    [Fact]
    public async Task A_not_found_page_is_not_cached()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        var missing = await client.FetchAsync("/onderwerpen/ruimte");
        await using (var db = app.CreateDbContext())
        {
            db.Topics.Add(new Data.Entities.Topic { Slug = "ruimte", Dutch = "Ruimte", English = "Space" });
            await db.SaveChangesAsync();
        }

        var found = await client.FetchAsync("/onderwerpen/ruimte");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal((HttpStatusCode.OK, "Ruimte", false), (found.Status, found.Heading, found.FromCache));
    }

    [Fact]
    public async Task An_error_page_is_rendered_for_every_request()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();

        var first = await client.FetchAsync("/fout/500");
        var second = await client.FetchAsync("/fout/500");

        Assert.Equal((HttpStatusCode.InternalServerError, false), (second.Status, second.FromCache));
        // The page prints the request's id: a cached copy would repeat the first one.
        Assert.NotEqual(FetchedCode(first), FetchedCode(second));
    }

    [Fact]
    public async Task With_the_cache_switched_off_every_request_is_rendered()
    {
        await using var app = await CachingServer.StartAsync(output, new Dictionary<string, string> { ["Agendas:OutputCache"] = "false" });
        using var client = app.CreateHttpClient();
        await client.FetchAsync("/onderwerpen");
        await app.RenameTopicQuietlyAsync("rusland", "Rusland (hernoemd)");

        var second = await client.FetchAsync("/onderwerpen");

        Assert.Equal(("Rusland (hernoemd)", false), (second.TopicName("rusland"), second.FromCache));
    }

    [Fact]
    public async Task Static_files_are_not_put_in_the_page_cache()
    {
        await using var app = await CachingServer.StartAsync(output);
        using var client = app.CreateHttpClient();
        var page = await client.FetchAsync("/");
        string stylesheet = page.Document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href")
            ?? throw new InvalidOperationException("The home page links no stylesheet.");

        await client.FetchAsync(stylesheet);
        var second = await client.FetchAsync(stylesheet);

        Assert.Equal((HttpStatusCode.OK, false), (second.Status, second.FromCache));
    }

    [Fact]
    public async Task A_poll_interval_of_zero_stops_the_start()
    {
        await using var app = new Infrastructure.AgendasAppFactory
        {
            Settings = new Dictionary<string, string> { ["Agendas:DataVersionPollInterval"] = "00:00:00" },
        };
        app.Logs.Output = output;

        var error = Assert.ThrowsAny<Exception>(app.StartServer);

        Assert.Contains("Agendas:DataVersionPollInterval", error.ToString(), StringComparison.Ordinal);
    }

    private static string? Permalink(CachedPage page) => page.Document.QuerySelector("p.permalink a")?.GetAttribute("href");

    private static string FetchedCode(CachedPage page) => page.Document.QuerySelector("main code")?.TextContent ?? "";
}
