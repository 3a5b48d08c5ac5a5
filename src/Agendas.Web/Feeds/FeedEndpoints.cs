using Agendas.Web.Hosting;

namespace Agendas.Web.Feeds;

/// <summary>
/// The addresses of the feeds, the calendar and the CSV files. They change only on import, like the pages, so they
/// share the page cache (keyed by host and data version, evicted on import); a cached answer keeps its ETag, and the
/// cache answers a matching <c>If-None-Match</c> with 304 itself.
/// </summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/onderwerpen/{topic}/feed", AtomFeeds.TopicAsync).CachePages();
        endpoints.MapGet("/vergaderingen/feed", AtomFeeds.LettersAsync).CachePages();
        endpoints.MapGet("/vergaderingen.ics", MeetingCalendar.AllAsync).CachePages();
        // "{meeting}.ics" is a complex segment: routing prefers it over the meeting page's bare "{meeting}", so
        // /vergaderingen/{slug}.ics never reaches the page (a test holds this).
        endpoints.MapGet("/vergaderingen/{meeting}.ics", MeetingCalendar.OneAsync).CachePages();
        endpoints.MapGet("/onderwerpen/{topic}.csv", TopicCsv.GetAsync).CachePages();
        return endpoints;
    }
}
