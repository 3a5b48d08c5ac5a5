using System.ComponentModel;
using System.Text.Json;
using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Pages.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Api;

/// <summary><c>/api/documenten</c> (every letter, newest meeting first) and <c>/api/documenten/{slug}</c>: the letters' metadata.</summary>
internal static class DocumentsApi
{
    private static readonly JsonSerializerOptions WarningJson = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapMethods("/documenten", ApiEndpoints.Methods, ListAsync)
            .WithTags("Documenten")
            .WithName("Documenten")
            .WithSummary("Alle brieven, nieuwste vergadering eerst")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapMethods("/documenten/{slug}", ApiEndpoints.Methods, GetAsync)
            .WithTags("Documenten")
            .WithName("Document")
            .WithSummary("De gegevens van één brief")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status301MovedPermanently);
        return api;
    }

    private static async Task<Results<Ok<Paged<LetterOverview>>, ProblemHttpResult>> ListAsync(
        HttpContext context,
        AgendasDbContext db,
        [FromQuery(Name = "pagina"), Description("De pagina, vanaf 1.")] string? page,
        [FromQuery(Name = "aantal"), Description("Brieven per pagina, 1 tot en met 100 (standaard 20).")] string? size,
        CancellationToken ct)
    {
        if (ApiPaging.Read(page, size, out string? problem) is not { } paging)
        {
            return ApiProblems.BadRequest(problem!);
        }
        int total = await db.Documents.CountAsync(ct);
        if (paging.Beyond(total) is { } beyond)
        {
            return ApiProblems.BadRequest(beyond);
        }
        var rows = await db.Documents.AsNoTracking()
            .OrderByDescending(d => d.Meeting.StartDate).ThenBy(d => d.Meeting.Slug).ThenBy(d => d.Kind).ThenBy(d => d.Ordinal)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(d => new { d.Slug, d.Kind, d.Title, d.LetterDate, d.Kamerstuk, Meeting = d.Meeting.Slug, d.Meeting.StartDate, d.ImportedAt })
            .ToListAsync(ct);
        var items = rows.Select(d => new LetterOverview(
            d.Slug,
            ApiLinks.Absolute(context, SitePaths.Document(d.Slug)),
            ApiLinks.Absolute(context, $"/api/documenten/{d.Slug}"),
            ApiNames.Kind(d.Kind),
            d.Title,
            d.LetterDate,
            d.Kamerstuk,
            d.Kamerstuk is null ? null : KamerstukNumber.Url(d.Kamerstuk),
            d.Meeting,
            ApiLinks.Absolute(context, SitePaths.Meeting(d.Meeting)),
            d.StartDate,
            ApiNames.Utc(d.ImportedAt))).ToList();
        return TypedResults.Ok(Paged<LetterOverview>.Of(context, paging, total, items));
    }

    private static async Task<Results<Ok<LetterDetail>, RedirectHttpResult, ProblemHttpResult>> GetAsync(
        HttpContext context,
        AgendasDbContext db,
        [Description("De brief, bijv. 2020-12-01-buitenlandse-zaken-agenda.")] string slug,
        CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new
            {
                d.Slug,
                d.Kind,
                d.Title,
                d.LetterDate,
                d.Addressee,
                d.Reference,
                d.Kamerstuk,
                Meeting = d.Meeting.Slug,
                Signatories = d.Signatories.OrderBy(s => s.Ordinal).Select(s => new LetterSignatory(s.Name, s.Role)).ToList(),
                d.SourceFileName,
                d.SourceEncoding,
                d.ContentHash,
                d.ImportedAt,
                d.Warnings,
            })
            .SingleOrDefaultAsync(ct);
        if (d is null)
        {
            if (await ApiRedirects.MovedAsync(context, db, SitePaths.Document(slug), ct) is { } moved)
            {
                return moved;
            }
            return ApiProblems.NotFound($"Er is geen brief „{slug}”. Alle brieven staan op /api/documenten.");
        }
        return TypedResults.Ok(new LetterDetail(
            d.Slug,
            ApiLinks.Absolute(context, SitePaths.Document(d.Slug)),
            ApiNames.Kind(d.Kind),
            d.Title,
            d.LetterDate,
            d.Addressee switch
            {
                Addressee.TweedeKamer => "tweede-kamer",
                Addressee.EersteKamer => "eerste-kamer",
                _ => null,
            },
            d.Reference,
            d.Kamerstuk,
            d.Kamerstuk is null ? null : KamerstukNumber.Url(d.Kamerstuk),
            d.Meeting,
            ApiLinks.Absolute(context, SitePaths.Meeting(d.Meeting)),
            ApiLinks.Absolute(context, $"/api/vergaderingen/{d.Meeting}"),
            d.Signatories,
            d.SourceFileName,
            d.SourceEncoding,
            d.ContentHash,
            ApiNames.Utc(d.ImportedAt),
            Warnings(d.Warnings)));
    }

    /// <summary>The stored warnings in the letter's order; stored JSON that cannot be read is itself reported, not a 500.</summary>
    private static IReadOnlyList<LetterWarning> Warnings(string json)
    {
        try
        {
            return [.. (JsonSerializer.Deserialize<List<LetterWarning>>(json, WarningJson) ?? []).OrderBy(w => w.Line ?? int.MaxValue)];
        }
        catch (JsonException)
        {
            return [new LetterWarning("warnings-unreadable", "De opgeslagen waarschuwingen van deze brief zijn onleesbaar.", null)];
        }
    }
}
