using Agendas.Data;
using Agendas.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Hosting;

/// <summary>
/// The citation form of a letter is an address too (product.md): <c>/kst-28676-266</c> leads to the letter with that
/// Kamerstuk number. A temporary redirect: the number is permanent, the letter's own address is resolved anew.
/// </summary>
internal static class KamerstukRedirect
{
    public static IEndpointRouteBuilder MapKamerstukRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/kst-{number}", async (string number, AgendasDbContext db, CancellationToken ct) =>
        {
            // Dossiers with a letter part ("35570-X-39") are cited in either case.
            string? slug = await db.Documents.AsNoTracking()
                .Where(d => d.Kamerstuk != null && EF.Functions.Collate(d.Kamerstuk, "NOCASE") == number)
                .OrderBy(d => d.Id)
                .Select(d => d.Slug)
                .FirstOrDefaultAsync(ct);
            return slug is null ? Results.NotFound() : Results.Redirect(SitePaths.Document(slug));
        });
        return endpoints;
    }
}
