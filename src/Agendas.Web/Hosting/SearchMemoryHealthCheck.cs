using System.Globalization;
using Agendas.Data.Search.Memory;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agendas.Web.Hosting;

/// <summary>
/// The search's in-memory snapshot (src/Agendas.Data/Search/Memory): loaded for the current data version, loading
/// (searches use FTS5 meanwhile, correct but slower), or failed to load: degraded, not unhealthy, because every search
/// still answers, from FTS5.
/// </summary>
internal sealed class SearchMemoryHealthCheck(SearchSnapshots snapshots, DataVersionWatcher watcher) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long current = watcher.Version;
        var result = snapshots.LastError is not null
            ? HealthCheckResult.Degraded("Zoeken werkt, maar trager: de zoekindex kon niet in het geheugen worden geladen; zie het log.")
            : snapshots.Version == current
                ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"De zoekindex staat in het geheugen (gegevensversie {current})."))
                : HealthCheckResult.Healthy("De zoekindex wordt in het geheugen geladen; tot dan zoekt de app rechtstreeks in de database.");
        return Task.FromResult(result);
    }
}
