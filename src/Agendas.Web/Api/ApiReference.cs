using Scalar.AspNetCore;

namespace Agendas.Web.Api;

/// <summary>
/// The readable reference of the API at <c>/api/documentatie</c>: Scalar over <c>/openapi/v1.json</c>. Scalar's script
/// and styles come from the package itself, served by this app; nothing is loaded from a CDN or sent to Scalar (no fonts,
/// no telemetry, no AI chat).
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api/documentatie";

    /// <summary>
    /// The site's policy (Hosting/SecurityHeaders.cs) loosened for this one page, because Scalar needs it: its page
    /// starts the reference with an inline module script, allowed here by a fresh nonce per request rather than
    /// 'unsafe-inline'; and the reference (a Vue application) injects its styles as &lt;style&gt; elements and style
    /// attributes, which only 'unsafe-inline' for styles allows. Style injection cannot run script; script stays
    /// limited to this app's files and the nonced starter. Letter text never reaches this page: it shows the OpenAPI
    /// document only.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapScalarApiReference(Path, (options, context) =>
        {
            options
                .WithTitle("Agendas API – documentatie")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                // Scalar's AI chat, MCP and developer toolbar talk to Scalar's services; a reference needs none of them.
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .WithNonce();
            context.Response.OnStarting(() =>
            {
                if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                {
                    context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                }
                return Task.CompletedTask;
            });
        });
        return endpoints;
    }
}
