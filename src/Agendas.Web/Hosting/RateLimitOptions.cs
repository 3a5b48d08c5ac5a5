namespace Agendas.Web.Hosting;

/// <summary>
/// The <c>Agendas:RateLimits</c> section: how many requests one client address may make per minute to the addresses
/// that cost the server work on every request (search, feeds and downloads, the JSON API). Pages are not limited:
/// they are served from the page cache.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Agendas:RateLimits";

    /// <summary>Off only to measure the server (tools/load.sh) or in tests that are not about limits.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// <c>/zoeken</c> and everything under it (its feed and CSV), and <c>/api/zoeken</c>. A person searches a few times
    /// a minute; colleagues behind one office address share the budget, hence the room.
    /// </summary>
    public RateLimit Search { get; set; } = new() { PermitsPerMinute = 120, Burst = 60 };

    /// <summary>Atom feeds, calendars (<c>.ics</c>), CSV files and <c>/downloads/</c>: readers poll, people download now and then.</summary>
    public RateLimit Feeds { get; set; } = new() { PermitsPerMinute = 120, Burst = 60 };

    /// <summary>Everything else under <c>/api/</c>: scripts, which may page through results quickly.</summary>
    public RateLimit Api { get; set; } = new() { PermitsPerMinute = 300, Burst = 100 };
}

/// <summary>A token bucket per client address: <see cref="Burst"/> requests at once, refilled at <see cref="PermitsPerMinute"/>.</summary>
internal sealed class RateLimit
{
    public int PermitsPerMinute { get; set; }

    public int Burst { get; set; }

    public bool IsValid => PermitsPerMinute >= 1 && Burst >= 1;
}
