using Agendas.Web.Formatting;
using Microsoft.AspNetCore.Http.Extensions;

namespace Agendas.Web.Api;

/// <summary>
/// Absolute addresses in API answers: a caller stores and follows them outside the site, so every link carries the
/// public base (<c>Agendas:PublicBaseUrl</c>, else the request's scheme and host), as permalinks in citations do.
/// </summary>
internal static class ApiLinks
{
    public static string Absolute(HttpContext context, string path) =>
        context.RequestServices.GetRequiredService<Permalinks>().Absolute(context.Request, path);

    /// <summary>This request's address with <c>pagina</c> set to <paramref name="page"/>, the other parameters kept in order.</summary>
    public static string WithPage(HttpContext context, int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in context.Request.Query)
        {
            if (key != ApiPaging.PageParameter)
            {
                foreach (string? value in values)
                {
                    query.Add(key, value ?? "");
                }
            }
        }
        query.Add(ApiPaging.PageParameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Absolute(context, context.Request.Path.ToUriComponent() + query.ToQueryString().ToUriComponent());
    }
}
