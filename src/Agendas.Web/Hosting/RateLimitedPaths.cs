namespace Agendas.Web.Hosting;

/// <summary>Which limit, if any, a request path counts against. Each request counts against one limit only.</summary>
internal enum RateLimitCategory
{
    None,
    Search,
    Feeds,
    Api,
}

/// <summary>
/// Sorts paths by prefix and suffix, not by endpoint, so that addresses added later under <c>/api/</c>, <c>/zoeken</c>
/// or with a feed suffix are limited without anyone remembering to mark them. Routing ignores case and a trailing
/// slash, so this does too: <c>/ZOEKEN/</c> must not be a way round the limit.
/// </summary>
internal static class RateLimitedPaths
{
    public static RateLimitCategory Categorize(PathString path)
    {
        string value = (path.Value ?? "").TrimEnd('/');
        if (value.Length == 0)
        {
            return RateLimitCategory.None;
        }
        var trimmed = new PathString(value);
        // /api/zoeken runs the same search as /zoeken, so it shares the search budget rather than the API's.
        if (trimmed.StartsWithSegments("/zoeken", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWithSegments("/api/zoeken", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("/zoeken.", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitCategory.Search;
        }
        if (trimmed.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitCategory.Api;
        }
        if (trimmed.StartsWithSegments("/downloads", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith("/feed", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitCategory.Feeds;
        }
        return RateLimitCategory.None;
    }
}
