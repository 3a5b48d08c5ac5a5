using System.Net;
using System.Text.Json;

namespace Agendas.Web.Tests.Operations;

/// <summary>
/// Search, feeds and the API are limited per client address (issue #7, item 5): past the limit 429 with Retry-After
/// and a Dutch message, never 503; pages from the cache cost nothing. Each test is a client of its own.
/// </summary>
public sealed class RateLimitTests : IClassFixture<LimitedServer>, IDisposable
{
    private const int Burst = LimitedServer.Burst;

    private readonly LimitedServer _server;

    public RateLimitTests(LimitedServer server, ITestOutputHelper output)
    {
        _server = server;
        server.Server.Logs.Output = output;
    }

    [Fact]
    public async Task Search_past_its_limit_answers_429_with_Retry_After_and_a_Dutch_message()
    {
        const string client = "203.0.113.1";
        var allowed = await _server.StatusesAsync(client, Queries("/zoeken?q=limiet", Burst));

        using var refused = await _server.GetAsync("/zoeken?q=limiet-te-veel", client);

        Assert.All(allowed, status => Assert.Equal(200, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // One permit a minute: the client is told to wait for it, in whole seconds.
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("text/plain", refused.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Te veel verzoeken.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_API_past_its_limit_answers_problem_json_in_Dutch()
    {
        const string client = "203.0.113.2";
        await _server.StatusesAsync(client, Queries("/api/zoeken?q=limiet", Burst));

        using var refused = await _server.GetAsync("/api/zoeken?q=limiet-te-veel", client);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Te veel verzoeken", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_API_address_nobody_registered_with_the_limiter_is_limited_too()
    {
        const string client = "203.0.113.3";
        var statuses = await _server.StatusesAsync(client, Queries("/api/nog-niet-gebouwd", Burst + 1));

        Assert.Equal([404, 404, 404, 429], statuses);
    }

    [Fact]
    public async Task A_page_served_from_the_cache_costs_no_permit()
    {
        const string client = "203.0.113.4";
        // The first request renders the page (one permit); the other nine are cache hits.
        var cached = await _server.StatusesAsync(client, Enumerable.Repeat("/zoeken?q=navo", 10).ToArray());
        // So two permits are left, not none.
        var fresh = await _server.StatusesAsync(client, Queries("/zoeken?q=cache", Burst));

        Assert.All(cached, status => Assert.Equal(200, status));
        Assert.Equal([200, 200, 429], fresh);
    }

    [Fact]
    public async Task Each_client_address_and_each_kind_of_address_has_its_own_budget()
    {
        const string greedy = "203.0.113.5";
        var greedySearches = await _server.StatusesAsync(greedy, Queries("/zoeken?q=budget", Burst + 1));

        var otherClient = await _server.StatusesAsync("203.0.113.6", "/zoeken?q=budget-ander");
        var greedyFeed = await _server.StatusesAsync(greedy, "/vergaderingen.ics?budget=1");
        // An IPv6 client is its /64: stepping through the addresses of its own network gets it no new bucket.
        var ipv6 = await _server.StatusesAsync("2001:db8:1:2::1", "/zoeken?q=v6-1", "/zoeken?q=v6-2");
        var ipv6Sibling = await _server.StatusesAsync("2001:db8:1:2::99", "/zoeken?q=v6-3", "/zoeken?q=v6-4");

        Assert.Equal(429, greedySearches[^1]);
        Assert.Equal([200], otherClient);
        Assert.Equal([200], greedyFeed);
        Assert.Equal([200, 200, 200, 429], [.. ipv6, .. ipv6Sibling]);
    }

    [Fact]
    public async Task Feeds_calendars_and_CSV_files_are_limited()
    {
        const string client = "203.0.113.7";
        var statuses = await _server.StatusesAsync(
            client, "/vergaderingen/feed?v=1", "/onderwerpen/rusland/feed?v=1", "/onderwerpen/rusland.csv?v=1", "/vergaderingen.ics?v=1");

        Assert.Equal([200, 200, 200, 429], statuses);
    }

    [Fact]
    public async Task Pages_and_health_are_not_limited()
    {
        const string client = "203.0.113.8";
        // Query strings that make every page a cache miss: still no limit.
        var pages = await _server.StatusesAsync(client, Enumerable.Range(1, Burst * 3).Select(i => $"/onderwerpen?p={i}").ToArray());
        var health = await _server.StatusesAsync(client, Enumerable.Repeat("/health", Burst * 3).ToArray());

        Assert.All(pages, status => Assert.Equal(200, status));
        Assert.All(health, status => Assert.Equal(200, status));
    }

    public void Dispose() => _server.Server.Logs.Output = null;

    /// <summary>Distinct queries, so that none is a cache hit.</summary>
    private static string[] Queries(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}").ToArray();
}
