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
    private long _wanted = -1;
    private long _failedVersion = -1;

    /// <summary>The error of the last load that failed (FTS5 answers meanwhile); null after a load succeeds.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>The version of the snapshot in memory, or null when there is none.</summary>
    public long? Version => Volatile.Read(ref _current)?.Version;

    internal SearchSnapshot? For(long version) => Volatile.Read(ref _current) is { } snapshot && snapshot.Version == version ? snapshot : null;

    /// <summary>
    /// Makes sure the snapshot of <paramref name="version"/> (or a newer one) is loaded or will be; drops an older one
    /// at once (no search can use it any more). One load at a time: while one runs, the newest version asked for is
    /// noted and loaded next, so an import that bumps the version every second does not start a load every second.
    /// A version whose load failed is not tried again, so a broken index does not cost a load per search.
    /// </summary>
    public void Refresh(long version)
    {
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested || _current?.Version >= version || version == _failedVersion)
            {
                return;
            }
            if (_current is not null)
            {
                Volatile.Write(ref _current, null);
            }
            _wanted = Math.Max(_wanted, version);
            if (_loading.IsCompleted)
            {
                StartLoad();
            }
        }
    }

    /// <summary>Waits until no load runs or is due (tests, and a benchmark that wants the steady state).</summary>
    public async Task WhenLoadedAsync()
    {
        while (true)
        {
            Task loading;
            lock (_lock)
            {
                loading = _loading;
            }
            await loading.ConfigureAwait(false);
            lock (_lock)
            {
                if (ReferenceEquals(loading, _loading))
                {
                    return;
                }
            }
        }
    }

    // Under the lock.
    private void StartLoad()
    {
        long wanted = _wanted;
        var stopping = _stopping.Token;
        _loading = Task.Run(() => LoadAsync(wanted, stopping), CancellationToken.None);
    }

    private async Task LoadAsync(long wanted, CancellationToken stopping)
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
                    // A version newer than wanted is fine (an import committed meanwhile); an older one is not kept.
                    if (snapshot.Version >= _wanted)
                    {
                        Volatile.Write(ref _current, snapshot);
                    }
                    LastError = null;
                }
            }
            // Reading the index leaves some hundreds of megabytes of short-lived garbage (a string per occurrence,
            // growing buffers) in a process that otherwise allocates little; give it back to the system now, once per
            // import, instead of keeping the heap at its high-water mark.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the cause (a damaged index, a full disk), searches go on from FTS5; health reports it.
            lock (_lock)
            {
                _failedVersion = wanted;
                LastError = e;
            }
        }
        lock (_lock)
        {
            if (!_stopping.IsCancellationRequested && _current is null && _wanted > wanted && _wanted != _failedVersion)
            {
                StartLoad();
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
