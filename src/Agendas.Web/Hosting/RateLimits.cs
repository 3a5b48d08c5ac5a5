using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Agendas.Web.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter, one token bucket per limit and client address (<see cref="RateLimitOptions"/>). Past
/// the limit a client gets 429 with <c>Retry-After</c> and a Dutch message (problem+json under <c>/api/</c>), never
/// 503: the server is fine, this client should wait.
/// </summary>
/// <remarks>
/// The client address is the connection's after the forwarded headers (<see cref="ProxyHeaders"/>): behind a proxy
/// that is the visitor's, not the proxy's. The middleware sits inside the page cache, so a page served from the cache
/// costs no permit; only a request that reaches the endpoint does.
/// </remarks>
internal static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(
                o => o.Search.IsValid && o.Feeds.IsValid && o.Api.IsValid,
                "Agendas:RateLimits: PermitsPerMinute and Burst must be at least 1 for Search, Feeds and Api.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (RateLimitCategory, string)>(context =>
            {
                var category = RateLimitedPaths.Categorize(context.Request.Path);
                var limit = category switch
                {
                    RateLimitCategory.Search => settings.Search,
                    RateLimitCategory.Feeds => settings.Feeds,
                    RateLimitCategory.Api => settings.Api,
                    _ => null,
                };
                return limit is null
                    ? RateLimitPartition.GetNoLimiter((RateLimitCategory.None, ""))
                    : RateLimitPartition.GetTokenBucketLimiter((category, ClientKey(context.Connection.RemoteIpAddress)), _ => Bucket(limit));
            });
            limiter.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, ct);
        });
        return services;
    }

    /// <summary>After the page cache (a hit never gets here) and, through it, after the forwarded headers.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }
        return app;
    }

    /// <summary>
    /// An IPv6 client usually holds a whole /64, and could step through it to get a fresh bucket per request: the
    /// /64 is the client. An IPv4 address arriving as IPv6 (::ffff:a.b.c.d) is the IPv4 address.
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "onbekend";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && !IPAddress.IsLoopback(address))
        {
            byte[] bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }

    /// <summary>
    /// Refilled by the partitioned limiter's own timer (every 100 ms), one permit at a time; above 600 a minute the
    /// timer is too coarse for that, so several permits come at once.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(RateLimit limit)
    {
        int perPeriod = Math.Max(1, limit.PermitsPerMinute / 600);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * perPeriod / limit.PermitsPerMinute,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        int seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var response = context.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        string detail = $"U hebt in korte tijd te veel verzoeken gedaan. Probeer het over {seconds} {(seconds == 1 ? "seconde" : "seconden")} opnieuw.";
        if (ApiProblems.IsApi(context.Request.Path))
        {
            await ApiProblems.WriteAsync(
                context, StatusCodes.Status429TooManyRequests, "Te veel verzoeken", detail, "https://www.rfc-editor.org/rfc/rfc6585#section-4");
            return;
        }
        // A content type keeps the status-code pages from replacing this with the generic error page.
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("Te veel verzoeken. " + detail, ct);
    }
}
