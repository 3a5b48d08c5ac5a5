using System.Text.Json.Serialization;
using Agendas.Web.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agendas.Web.Api;

/// <summary>
/// The JSON API under <c>/api/</c>, its OpenAPI document at <c>/openapi/v1.json</c> and its reference page. Public
/// data: any origin may read it (CORS, GET and HEAD only). Answers change only on import, like the pages, so they
/// share the page cache (keyed by host and data version, evicted on import); refusals (400, 404) are never cached.
/// </summary>
internal static class ApiEndpoints
{
    public const string CorsPolicy = "public-data";

    /// <summary>HEAD too, like the feeds: a client can check an address without the body.</summary>
    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            // A conditional or Accept-Language request is preflighted; the data stays public whatever the headers.
            .AllowAnyHeader()));
        // The JSON holds numbers as numbers; without this the document says an integer may be a string as well.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(options =>
        {
            // The API only: the feeds and the calendar are explained on /gegevens.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(Describe);
        });
        return services;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireCors(CorsPolicy).CachePages();
        api.MapMeetingsApi();
        api.MapTopicsApi();
        api.MapDocumentsApi();
        api.MapSearchApi();
        // Any other address under /api/ is a problem in JSON, not the site's HTML 404 page. A catch-all ranks below
        // every other route, the reference page's included.
        api.MapMethods("/{**rest}", Methods, () => ApiProblems.NotFound(ApiProblems.UnknownAddress))
            .ExcludeFromDescription();
        app.MapOpenApi().RequireCors(CorsPolicy).CachePages();
        app.MapApiReference();
        return app;
    }

    private static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "Agendas";
        document.Info.Version = "v1";
        document.Info.Description =
            "De geannoteerde agenda's en verslagen van NAVO-ministeriële bijeenkomsten als JSON: vergaderingen met hun " +
            "sessies en agendapunten, onderwerpen met hun tijdlijn, de brieven en zoeken. Elke link is een absoluut adres; " +
            "lijsten hebben pagina's met een link naar de volgende (next) en vorige (previous) pagina, null aan het eind. " +
            "Fouten zijn problem details (RFC 9457) met een Nederlandse titel en toelichting.";
        // HEAD answers as GET does, without a body; listing it would show every operation twice.
        foreach (var path in document.Paths.Values)
        {
            path.Operations?.Remove(HttpMethod.Head);
        }
        return Task.CompletedTask;
    }
}
