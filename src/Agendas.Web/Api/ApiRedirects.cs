using Agendas.Data;
using Agendas.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agendas.Web.Api;

/// <summary>
/// Old API addresses of a meeting or letter that a corrected letter renamed answer 301 with the new ones, as their
/// pages do. The slug history holds the pages' paths, and the API address of a meeting or letter is <c>/api</c> and its
/// page's path, so the pages' lookup serves both. The pages' middleware (<see cref="SlugRedirects"/>) cannot do this
/// for the API: it acts on a 404 after the endpoint, and the API's 404 has written its problem by then.
/// </summary>
internal static class ApiRedirects
{
    /// <summary>301 to the API address of what <paramref name="pagePath"/> became, with the request's query; null when it did not move.</summary>
    public static async Task<RedirectHttpResult?> MovedAsync(HttpContext context, AgendasDbContext db, string pagePath, CancellationToken ct)
    {
        string? target = await SlugRedirects.NewPathAsync(db, pagePath, ct);
        if (target is null || !SameKind(pagePath, target))
        {
            return null;
        }
        return TypedResults.Redirect(SlugRedirects.WithQuery("/api" + target, context.Request.QueryString), permanent: true);
    }

    /// <summary>
    /// A meeting's row leads to a meeting and a letter's to a letter; only such a target has an API address (a session
    /// or an item anchor has none), so anything else is left to the 404.
    /// </summary>
    private static bool SameKind(string pagePath, string target)
    {
        var folder = pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1);
        return target.Length > folder.Length
            && target.AsSpan().StartsWith(folder, StringComparison.Ordinal)
            && target.AsSpan(folder.Length).IndexOfAny('/', '#', '?') < 0;
    }
}
