using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Agendas.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy that ends TLS (docs/operations.md): the proxy's <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> become the request's client address and scheme, but only from the proxies named in
/// <c>Agendas:Proxy</c> (default: this machine, loopback). Anyone else could send the headers to pose as another
/// client (and get a fresh rate-limit bucket) or as https.
/// </summary>
internal static class ProxyHeaders
{
    public const string Section = "Agendas:Proxy";

    /// <summary>A year, as OWASP ASVS asks; browsers then refuse plain http for the host.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Parse(section.GetSection("KnownProxies"), (string text, out IPAddress value) => IPAddress.TryParse(text, out value!));
        var networks = Parse(section.GetSection("KnownNetworks"), (string text, out System.Net.IPNetwork value) => System.Net.IPNetwork.TryParse(text, out value));
        int forwardLimit = section.GetValue("ForwardLimit", 1);
        if (forwardLimit < 1)
        {
            throw new InvalidOperationException($"{Section}:ForwardLimit must be at least 1.");
        }
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = forwardLimit;
            // Loopback stays trusted (the default): a proxy on the same machine is the common set-up.
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            // Subdomains and preloading are the domain owner's decision, not this app's.
            options.IncludeSubDomains = false;
            options.Preload = false;
        });
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it (logs, limits, permalinks) sees the visitor.</summary>
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>
    /// HSTS on https responses outside Development (the middleware leaves out localhost by itself). The scheme is the
    /// one the proxy forwarded, so a site whose TLS ends at the proxy sends it too.
    /// </summary>
    public static WebApplication UseStrictTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        return app;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Parse<T>(IConfigurationSection section, TryParse<T> tryParse)
    {
        var values = new List<T>();
        foreach (var child in section.GetChildren())
        {
            if (child.Value is not { Length: > 0 } text || !tryParse(text.Trim(), out var value))
            {
                throw new InvalidOperationException($"{child.Path}: '{child.Value}' is not a valid address or network (e.g. 10.0.0.5, 10.0.0.0/24).");
            }
            values.Add(value);
        }
        return values;
    }
}
