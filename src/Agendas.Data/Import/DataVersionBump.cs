using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

internal static class DataVersionBump
{
    /// <summary>Tells readers in other processes that the data changed (inside the writer's transaction).</summary>
    public static Task BumpAsync(AgendasDbContext db, DateTime now, CancellationToken ct) =>
        db.DataVersion
            .Where(v => v.Id == DataVersion.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1).SetProperty(v => v.ChangedAt, now), ct);
}
