using Microsoft.AspNetCore.Http.HttpResults;

namespace Agendas.Web.Api;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) for the API's refusals, with a Dutch title and detail:
/// the people who call the API read the same language as the site. Never an exception's text or a stack.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag");
}
