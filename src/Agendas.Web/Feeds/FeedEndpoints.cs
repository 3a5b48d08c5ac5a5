using Agendas.Web.Hosting;

namespace Agendas.Web.Feeds;

/// <summary>
/// The addresses of the feeds, the calendar and the CSV files. They change only on import, like the pages, so they
/// share the page cache (keyed by host and data version, evicted on import); a cached answer keeps its ETag and
/// Last-Modified, so conditional requests still get their 304.
/// </summary>
internal static class FeedEndpoints
{
    /// <summary>HEAD too: feed readers and calendar clients check for changes with it (the server sends no body).</summary>
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/onderwerpen/{topic}/feed", Methods, AtomFeeds.TopicAsync).CachePages();
        endpoints.MapMethods("/vergaderingen/feed", Methods, AtomFeeds.LettersAsync).CachePages();
        endpoints.MapMethods("/vergaderingen.ics", Methods, MeetingCalendar.AllAsync).CachePages();
        // "{meeting}.ics" is a complex segment: routing prefers it over the meeting page's bare "{meeting}", so
        // /vergaderingen/{slug}.ics never reaches the page (a test holds this).
        endpoints.MapMethods("/vergaderingen/{meeting}.ics", Methods, MeetingCalendar.OneAsync).CachePages();
        endpoints.MapMethods("/onderwerpen/{topic}.csv", Methods, TopicCsv.GetAsync).CachePages();
        // Cached per query string, like the search page.
        endpoints.MapMethods("/zoeken/feed", Methods, SearchFeed.GetAsync).CachePages();
        endpoints.MapMethods("/zoeken.csv", Methods, SearchCsv.GetAsync).CachePages();
        return endpoints;
    }
}
