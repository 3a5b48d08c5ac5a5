using System.ServiceModel.Syndication;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Search;
using Agendas.Web.Formatting;
using Agendas.Web.Pages.Search;

namespace Agendas.Web.Feeds;

/// <summary>
/// A saved search as an Atom feed: <c>/zoeken/feed?q=…</c>, with every filter of <c>/zoeken</c> (<c>van</c>, <c>tot</c>,
/// <c>raad</c>, <c>soort</c>, <c>onderwerp</c>). Entries are the items that match, written like the topic feed's.
/// </summary>
/// <remarks>
/// Always the newest meetings first, whatever <c>sorteer</c> says: a reader subscribes to hear of new matches, and
/// with relevance order a new meeting could fall outside the <see cref="MaxEntries"/> shown. <c>pagina</c> is ignored
/// for the same reason. The feed's own address and id leave both out, so one search gives one feed.
/// </remarks>
internal static class SearchFeed
{
    public const int MaxEntries = 50;

    public static async Task<IResult> GetAsync(HttpContext context, AgendasDbContext db, SearchRunner runner, TopicVocabulary vocabulary, Permalinks permalinks, CancellationToken ct)
    {
        var (parameters, answer) = await SearchRequest.ReadAsync(context, db, vocabulary, ct);
        if (parameters is null)
        {
            return answer!;
        }
        var canonical = parameters with { Sort = SearchSort.Relevance, Page = 1 };
        var outcome = await runner.RunAsync(canonical with { Sort = SearchSort.Date }, MaxEntries, ct);

        string root = permalinks.Absolute(context.Request, "");
        var feed = AtomFeeds.NewFeed(root, canonical.Url(), parameters.FeedUrl, $"Agendas – zoeken: {parameters.Query}", $"Agendapunten waarin “{parameters.Query}” voorkomt, de nieuwste vergadering eerst.");
        feed.Items = [.. outcome.Results.Hits.Select(h => Item(root, h))];
        feed.LastUpdatedTime = outcome.Results.Hits.Count > 0 ? feed.Items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        return AtomFeeds.Write(feed);
    }

    private static SyndicationItem Item(string root, SearchHit hit)
    {
        string letter = DutchFormat.LetterKind(hit.Kind);
        var item = AtomFeeds.NewItem(
            root,
            hit.Url,
            $"{hit.Heading} – {MeetingNames.Meeting(hit.Councils, hit.MeetingStart, hit.MeetingEnd)}",
            $"{MeetingNames.Session(hit.SessionNumber, hit.SessionTitle)}, {letter}. {Snippet.ToText(hit.Snippet)}".TrimEnd(' '),
            AtomFeeds.Midnight(hit.MeetingStart));
        item.PublishDate = AtomFeeds.Midnight(hit.MeetingStart);
        return item;
    }
}
