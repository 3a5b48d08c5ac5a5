using Agendas.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agendas.Web.Hosting;

/// <summary>
/// Unhealthy when the database lacks a migration this build knows: someone restored an older backup or swapped the
/// file while the app ran (the app migrates at start, so it is never behind on its own).
/// </summary>
internal sealed class MigrationsHealthCheck(AgendasDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Alle migraties zijn toegepast.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migratie(s) niet toegepast: {string.Join(", ", pending)}.");
    }
}
