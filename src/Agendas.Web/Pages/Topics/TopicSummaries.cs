using Agendas.Web.Hosting;

namespace Agendas.Web.Pages.Topics;

/// <summary>What a topic page needs whichever year it lists: its entries by year and the related topics.</summary>
internal sealed record TopicSummary(TopicEntryIndex Entries, IReadOnlyList<(int TopicId, int Entries)> Related);

/// <summary>
/// Each topic's <see cref="TopicSummary"/>, kept for the data version the app has seen last
/// (<see cref="DataVersionWatcher"/>): the same for every year page of a topic and changed only by an import, while
/// working it out is most of a topic page's SQL at 10,000 letters (about 0.1 s), which 32 concurrent uncached requests
/// for Rusland turned into timeouts. Its entry ids take a few bytes an entry (Rusland at 10,000 letters: 56 kB). The output cache keeps whole pages the same way; this holds when it is off and
/// for the year pages nobody asked before. One count per topic and version: concurrent requests share it.
/// </summary>
internal sealed class TopicSummaries(DataVersionWatcher watcher)
{
    private readonly Lock _lock = new();
    private Dictionary<int, Lazy<Task<TopicSummary>>> _byTopic = [];
    private long _version = DataVersionWatcher.Unknown;

    /// <param name="topicId">The topic.</param>
    /// <param name="count">Counts the summary; runs once per topic and version, without the request's cancellation.</param>
    public async Task<TopicSummary> GetAsync(int topicId, Func<Task<TopicSummary>> count)
    {
        Lazy<Task<TopicSummary>> summary;
        lock (_lock)
        {
            long version = watcher.Version;
            if (version != _version)
            {
                _byTopic = [];
                _version = version;
            }
            if (!_byTopic.TryGetValue(topicId, out summary!))
            {
                summary = new Lazy<Task<TopicSummary>>(count);
                _byTopic[topicId] = summary;
            }
        }
        try
        {
            return await summary.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed count is not kept: the next request counts again.
            lock (_lock)
            {
                if (_byTopic.TryGetValue(topicId, out var kept) && ReferenceEquals(kept, summary))
                {
                    _byTopic.Remove(topicId);
                }
            }
            throw;
        }
    }
}
