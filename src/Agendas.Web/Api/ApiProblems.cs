using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Agendas.Web.Api;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) for the API's refusals and failures, with a Dutch title
/// and detail: the people who call the API read the same language as the site. Never an exception's text or a stack.
/// </summary>
internal static class ApiProblems
{
    /// <summary>
    /// The extension that carries the request id: the code the HTML error page shows and the <c>RequestId</c> of the
    /// request's log lines, so that what a user reports leads to the exception in the log.
    /// </summary>
    public const string RequestIdExtension = "requestId";

    /// <summary>The detail of a 404 for an address the API does not have, whoever answers it.</summary>
    public const string UnknownAddress = "Dit adres bestaat niet in de API. De beschrijving staat op /openapi/v1.json.";

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag");

    /// <summary>Whether a path is the API's, whose answers are problems rather than the site's pages (routing ignores case).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes a problem for the response's status that no endpoint wrote itself: an exception (500), a method the API
    /// does not take (405), or any other status the pipeline set without a body.
    /// </summary>
    public static Task WriteForStatusAsync(HttpContext context)
    {
        int status = context.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("Niet gevonden", UnknownAddress),
            StatusCodes.Status405MethodNotAllowed => ("Methode niet toegestaan", $"De API geeft alleen gegevens: vraag ze op met {string.Join(" of ", ApiEndpoints.Methods)}."),
            >= 500 => ("Er ging iets mis", "Er ging iets mis bij het beantwoorden van deze vraag. Probeer het later nog eens. Blijft het misgaan, geef dan de requestId door aan de beheerder."),
            _ => ("Deze vraag kan niet worden beantwoord", "De API kan deze vraag niet beantwoorden. De beschrijving staat op /openapi/v1.json."),
        };
        return WriteAsync(context, status, title, detail);
    }

    /// <summary>
    /// Writes a problem with the request id. <paramref name="type"/> defaults to the RFC 9110 section of the status
    /// where ASP.NET Core knows one, else <c>about:blank</c> (RFC 9457: the status says it all).
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, string? type = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = type };
        problem.Extensions[RequestIdExtension] = context.TraceIdentifier;
        var result = TypedResults.Problem(problem);
        result.ProblemDetails.Type ??= "about:blank";
        return result.ExecuteAsync(context);
    }
}
