using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Operations;

/// <summary>
/// One server with the rate limits on and small: three requests at once per limit and client, refilled at one a
/// minute, so that no permit comes back while a test runs. Tests pose as different clients through
/// <c>X-Forwarded-For</c> (the test client connects from loopback, a trusted proxy by default), so that they share
/// the server without sharing buckets.
/// </summary>
public sealed class LimitedServer : IAsyncLifetime
{
    public const int Burst = 3;

    public AgendasServerFixture Server { get; } = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Agendas:RateLimits:Enabled"] = "true",
            ["Agendas:RateLimits:Search:Burst"] = $"{Burst}",
            ["Agendas:RateLimits:Search:PermitsPerMinute"] = "1",
            ["Agendas:RateLimits:Feeds:Burst"] = $"{Burst}",
            ["Agendas:RateLimits:Feeds:PermitsPerMinute"] = "1",
            ["Agendas:RateLimits:Api:Burst"] = $"{Burst}",
            ["Agendas:RateLimits:Api:PermitsPerMinute"] = "1",
        },
    };

    /// <summary>A GET as the client at <paramref name="clientAddress"/>, behind the trusted local proxy.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string clientAddress)
    {
        using var client = Server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", clientAddress);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The status of each GET, in order.</summary>
    public async Task<List<int>> StatusesAsync(string clientAddress, params string[] paths)
    {
        var statuses = new List<int>();
        foreach (string path in paths)
        {
            using var response = await GetAsync(path, clientAddress);
            statuses.Add((int)response.StatusCode);
        }
        return statuses;
    }

    Task IAsyncLifetime.InitializeAsync() => ((IAsyncLifetime)Server).InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync() => await Server.DisposeAsync();
}
