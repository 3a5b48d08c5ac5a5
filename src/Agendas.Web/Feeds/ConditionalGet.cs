using Agendas.Data;
using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Agendas.Web.Feeds;

/// <summary>
/// Validators for the feeds, the calendar and the CSV files. They change only when an import changes the data, and
/// every such import bumps the single <see cref="DataVersion"/> row: its version is the entity tag, its time the
/// last modification. A reader that polls a feed every hour thus gets a 304 without a body until the next import.
/// </summary>
internal static class ConditionalGet
{
    /// <summary>
    /// Sets <c>ETag</c>, <c>Last-Modified</c> and <c>Cache-Control</c>, and tells whether the client's copy is current
    /// (then the caller answers 304 without a body). <c>If-None-Match</c> wins over <c>If-Modified-Since</c> (RFC 9110, 13.2.2).
    /// </summary>
    /// <remarks>
    /// The tag holds only the version: the body also depends on the host (absolute permalinks), but an entity tag is
    /// compared per URL, host included. Read before the data, so that an import in between gives a tag older than the
    /// body, never newer: the client then simply fetches again after the next bump.
    /// </remarks>
    public static async Task<bool> IsNotModifiedAsync(HttpContext context, AgendasDbContext db, CancellationToken ct) =>
        IsNotModified(context, await ReadStampAsync(db, ct));

    /// <summary>The data version and its time, truncated to whole seconds as HTTP dates are.</summary>
    public static async Task<DataStamp> ReadStampAsync(AgendasDbContext db, CancellationToken ct)
    {
        var stamp = await db.DataVersion.AsNoTracking()
            .Where(v => v.Id == DataVersion.SingletonId)
            .Select(v => new { v.Version, v.ChangedAt })
            .FirstOrDefaultAsync(ct);
        var changed = new DateTimeOffset(DateTime.SpecifyKind(stamp?.ChangedAt ?? DateTime.UnixEpoch, DateTimeKind.Utc));
        return new DataStamp(stamp?.Version ?? 0, changed.AddTicks(-(changed.Ticks % TimeSpan.TicksPerSecond)));
    }

    /// <summary>As <see cref="IsNotModifiedAsync"/>, for a caller that needs the version itself too (the download).</summary>
    public static bool IsNotModified(HttpContext context, DataStamp stamp)
    {
        long version = stamp.Version;
        var changed = stamp.ChangedAt;
        var etag = new EntityTagHeaderValue($"\"v{version}\"");
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = changed;
        // Stored, but checked with us before every use: the answer is a cheap 304 until the next import.
        response.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };

        var request = context.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }
        return request.IfModifiedSince is { } since && changed <= since;
    }
}

/// <summary>The data version every import bumps, and when it did.</summary>
internal sealed record DataStamp(long Version, DateTimeOffset ChangedAt);
