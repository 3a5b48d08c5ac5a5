using Agendas.Data;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Hosting;

/// <summary>
/// Published links keep working (product.md, "URLs"): an address that no longer exists but is in the importer's slug
/// history answers 301 with its new address. Only a 404 costs a lookup, so live pages pay nothing.
/// </summary>
internal static class SlugRedirects
{
    /// <summary>Must come after the status code pages, so that they see the redirect instead of the 404.</summary>
    public static IApplicationBuilder UseSlugRedirects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        var request = context.Request;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Path.Value is not { } path)
        {
            return;
        }
        var db = context.RequestServices.GetRequiredService<AgendasDbContext>();
        if (await NewPathAsync(db, path, context.RequestAborted) is not { } target)
        {
            return;
        }
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = WithQuery(target, request.QueryString);
    });

    /// <summary>
    /// The address in the slug history that <paramref name="oldPath"/> (a page's path) now leads to; null when it never
    /// moved. Also asked by the API for its own addresses of the same meetings and letters (<c>ApiRedirects</c>).
    /// </summary>
    public static Task<string?> NewPathAsync(AgendasDbContext db, string oldPath, CancellationToken ct) =>
        db.SlugHistory.AsNoTracking()
            .Where(r => r.OldPath == oldPath)
            .Select(r => r.NewPath)
            .FirstOrDefaultAsync(ct);

    /// <summary>The query goes before the fragment the new address may carry (an item on its session page).</summary>
    public static string WithQuery(string target, QueryString query)
    {
        if (!query.HasValue)
        {
            return target;
        }
        int hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? target + query.Value : target[..hash] + query.Value + target[hash..];
    }
}
