using System.Text.Json;
using Agendas.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agendas.Web.Hosting;

/// <summary>
/// <c>/health</c> for a monitor or load balancer: the database answers, no migration is pending, and the full-text
/// index is whole and holds one row per search entry; and whether its in-memory snapshot is loaded. 200 when all
/// hold (or only the snapshot failed: degraded), 503 when one does not, with a JSON body naming each check. Never cached (not a page; no-store) and never rate limited (not a limited path).
/// </summary>
internal static class HealthEndpoint
{
    public const string Path = "/health";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<AgendasDbContext>("database", failureStatus: HealthStatus.Unhealthy)
            .AddCheck<MigrationsHealthCheck>("migrations")
            .AddCheck<SearchIndexHealthCheck>("search-index")
            .AddCheck<SearchMemoryHealthCheck>("search-memory");
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            AllowCachingResponses = false,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    /// <summary>
    /// Status and description per check; never the exception (it can name paths and SQL): the log has it, because
    /// the health check service logs every failing check.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? (e.Value.Exception is null ? null : "De controle kon niet worden uitgevoerd; zie het log."),
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
