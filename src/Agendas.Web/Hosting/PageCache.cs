using System.Globalization;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Hosting;

/// <summary>
/// Output caching of the HTML pages. Pages change only when an import changes the data, so a rendered page is kept
/// until then: every import bumps the data version, and <see cref="DataVersionWatcher"/> notices and drops the pages.
/// </summary>
/// <remarks>
/// What the cache keeps: GET and HEAD responses with status 200 that set no cookie (ASP.NET Core's default policy),
/// so error pages and 404s are rendered every time. The key holds the scheme, the host and port, the path (case
/// sensitive) and the full query string (the filters of /vergaderingen): a permalink printed from the request's
/// address (Agendas:PublicBaseUrl empty) is never served to a request for another host. The key also holds the
/// data version the watcher last saw: a page whose rendering overlapped an import is stored under the old version and
/// never served again, a race that evicting by tag alone cannot close.
/// </remarks>
internal static class PageCache
{
    public const string PolicyName = "pages";

    /// <summary>Every cached page carries this tag, so that they are evicted together.</summary>
    public const string Tag = "pages";

    /// <summary>
    /// Pages change only on import, and an import evicts them; the expiry only frees entries nobody asks for any more
    /// (old data versions, odd query strings). The store's size limit (100 MB by default) bounds the rest.
    /// </summary>
    private static readonly TimeSpan Expiry = TimeSpan.FromHours(24);

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<AgendasOptions>().Validate(
            o => o.DataVersionPollInterval > TimeSpan.Zero,
            "Agendas:DataVersionPollInterval must be a positive time span, e.g. 00:00:01.");
        // One instance: the hosted service that polls is the one the cache policy asks for the version.
        services.AddSingleton<DataVersionWatcher>();
        services.AddHostedService(s => s.GetRequiredService<DataVersionWatcher>());
        services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PolicyName, policy => policy
                .SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "data-version",
                    context.RequestServices.GetRequiredService<DataVersionWatcher>().Version.ToString(CultureInfo.InvariantCulture)))
                .Tag(Tag)
                .Expire(Expiry));
        });
        return services;
    }

    /// <summary>
    /// The middleware, unless Agendas:OutputCache is false. Call it after the security headers: they are then set
    /// on every response, a cache hit included, and stored with the page as well.
    /// </summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AgendasOptions>>().Value.OutputCache)
        {
            app.UseOutputCache();
        }
        return app;
    }

    /// <summary>Marks endpoints (the Razor Pages, not the static files) as cached; inert without the middleware.</summary>
    public static TBuilder CachePages<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder => endpoints.CacheOutput(PolicyName);
}
