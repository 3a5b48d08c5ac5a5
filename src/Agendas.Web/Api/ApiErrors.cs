using Microsoft.AspNetCore.Diagnostics;

namespace Agendas.Web.Api;

/// <summary>
/// What an <c>/api/</c> request gets when the pipeline, not its endpoint, answers: after an exception (500, outside
/// Development) or with a status that has no body (405 for a method the API does not take). A program cannot read the
/// site's HTML error page, so it gets a problem in JSON (<see cref="ApiProblems"/>); pages keep that page.
/// </summary>
internal static class ApiErrors
{
    public static IServiceCollection AddApiErrors(this IServiceCollection services) =>
        services.AddExceptionHandler<ApiExceptionHandler>();

    /// <summary>
    /// Call it inside the site's status-code pages: they leave a response that has a content type alone, so for
    /// <c>/api/</c> the problem written here is what the client gets.
    /// </summary>
    public static IApplicationBuilder UseApiStatusCodePages(this IApplicationBuilder app) =>
        app.UseWhen(
            context => ApiProblems.IsApi(context.Request.Path),
            api => api.UseStatusCodePages(context => ApiProblems.WriteForStatusAsync(context.HttpContext)));

    /// <summary>
    /// Asked by the exception handler before it re-executes the error page; declining leaves a page request to that page.
    /// The middleware has already cleared the response, set its status and put the error page's path on the request,
    /// so the path asked for is the one it keeps in its feature.
    /// </summary>
    private sealed class ApiExceptionHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
            if (!ApiProblems.IsApi(path))
            {
                return false;
            }
            await ApiProblems.WriteForStatusAsync(httpContext);
            return true;
        }
    }
}
