using System.Data.Common;
using Agendas.Data;
using Agendas.Data.Entities;
using Agendas.Data.Search.Memory;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Hosting;

/// <summary>
/// Notices imports made by any process (the CLI writing into the same SQLite file while the app runs): every import
/// bumps the single <see cref="DataVersion"/> row, and this service reads it every
/// <see cref="AgendasOptions.DataVersionPollInterval"/>. When it changed, the cached pages are evicted and the
/// search's in-memory snapshot is read again.
/// </summary>
/// <remarks>
/// Polling, because SQLite cannot tell another process about a commit. The query reads one row by its key, without
/// tracking; in WAL mode it does not wait for a writer. The seed import at start-up happens before the first read, so
/// the first version seen already includes it.
/// </remarks>
internal sealed partial class DataVersionWatcher(
    IServiceScopeFactory scopes,
    IOutputCacheStore cache,
    SearchSnapshots searchSnapshots,
    IOptions<AgendasOptions> options,
    ILogger<DataVersionWatcher> logger) : BackgroundService
{
    /// <summary>Before the first read; no stored version has this value.</summary>
    public const long Unknown = -1;

    private long _version = Unknown;

    /// <summary>Whether the last read failed; touched only by the one poll running at a time.</summary>
    private bool _failing;

    /// <summary>The version seen last; part of every cached page's key (<see cref="PageCache"/>).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Reads the version once before the server starts (hosted services start first), so that the first pages are
    /// already cached under it and not dropped a moment later.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await PollAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DataVersionPollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await PollAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        try
        {
            await CheckAsync(ct).ConfigureAwait(false);
            if (_failing)
            {
                _failing = false;
                LogReadRecovered();
            }
        }
        catch (DbException e)
        {
            // The app keeps serving what it has; one line per run of failures, not one per tick.
            if (!_failing)
            {
                _failing = true;
                LogReadFailed(e);
            }
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        long current = await ReadAsync(ct).ConfigureAwait(false);
        long previous = Interlocked.Exchange(ref _version, current);
        if (current == previous)
        {
            return;
        }
        // Pages stored before the first read may predate it: they go too.
        await cache.EvictByTagAsync(PageCache.Tag, ct).ConfigureAwait(false);
        // Searches use FTS5 until the in-memory snapshot of the new version is read, in the background.
        searchSnapshots.Refresh(current);
        if (previous == Unknown)
        {
            LogFirstVersion(current);
        }
        else
        {
            LogVersionChanged(previous, current);
        }
    }

    private async Task<long> ReadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgendasDbContext>();
        return await db.DataVersion.AsNoTracking()
            .Where(v => v.Id == DataVersion.SingletonId)
            .Select(v => v.Version)
            .SingleAsync(ct)
            .ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data version {Version}; cached pages follow it")]
    private partial void LogFirstVersion(long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data version changed from {Previous} to {Version}: cached pages dropped")]
    private partial void LogVersionChanged(long previous, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the data version; cached pages stay until it can be read")]
    private partial void LogReadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The data version can be read again")]
    private partial void LogReadRecovered();
}
