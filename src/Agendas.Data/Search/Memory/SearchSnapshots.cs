using Microsoft.Data.Sqlite;

namespace Agendas.Data.Search.Memory;

/// <summary>
/// Keeps the <see cref="SearchSnapshot"/> of one database for a long-lived process (the web app): one for the current
/// <see cref="Entities.DataVersion"/>, rebuilt in the background when the version moves on. A search uses it only when
/// its version is the one the search's own read transaction sees; until the new one is read, FTS5 answers, so a
/// search never shows data older or newer than the rest of the page.
/// </summary>
public sealed class SearchSnapshots(string connectionString) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private SearchSnapshot? _current;
    private Task _loading = Task.CompletedTask;
    private long _loadingVersion = -1;
    private long _failedVersion = -1;

    /// <summary>The error of the last load that failed (FTS5 answers meanwhile); null after a load succeeds.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>The version of the snapshot in memory, or null when there is none.</summary>
    public long? Version => Volatile.Read(ref _current)?.Version;

    internal SearchSnapshot? For(long version) => Volatile.Read(ref _current) is { } snapshot && snapshot.Version == version ? snapshot : null;

    /// <summary>
    /// Makes sure the snapshot of <paramref name="version"/> is loaded or loading; drops an older one at once (no
    /// search can use it any more). A version whose load failed is not tried again, so a broken index does not
    /// cost a load per search; the next version is.
    /// </summary>
    public void Refresh(long version)
    {
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested || _current?.Version == version || version == _failedVersion
                || (!_loading.IsCompleted && _loadingVersion >= version))
            {
                return;
            }
            if (_current is { } stale && stale.Version < version)
            {
                Volatile.Write(ref _current, null);
            }
            _loadingVersion = version;
            var stopping = _stopping.Token;
            _loading = Task.Run(() => LoadAsync(version, stopping), CancellationToken.None);
        }
    }

    /// <summary>Waits for the load in progress, if any (tests, and a benchmark that wants the steady state).</summary>
    public Task WhenLoadedAsync()
    {
        lock (_lock)
        {
            return _loading;
        }
    }

    private async Task LoadAsync(long requested, CancellationToken stopping)
    {
        try
        {
            var connection = new SqliteConnection(connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(stopping).ConfigureAwait(false);
                var snapshot = await SearchSnapshot.LoadAsync(connection, stopping).ConfigureAwait(false);
                lock (_lock)
                {
                    if (_current is null || _current.Version < snapshot.Version)
                    {
                        Volatile.Write(ref _current, snapshot);
                    }
                    LastError = null;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException)
        {
            lock (_lock)
            {
                _failedVersion = requested;
                LastError = e;
            }
        }
    }

    /// <summary>Stops a load in progress and waits for it to end.</summary>
    public void Dispose()
    {
        Task loading;
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            _stopping.Cancel();
            loading = _loading;
        }
        // The load ends at its next read once cancelled, and catches what it throws.
        loading.Wait(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
    }
}
