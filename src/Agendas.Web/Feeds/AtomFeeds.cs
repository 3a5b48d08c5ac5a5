using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Data.Text;
using Agendas.Web.Formatting;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Feeds;

/// <summary>
/// Atom feeds (RFC 4287): a topic's items (<c>/onderwerpen/{topic}/feed</c>) and the letters as they are imported
/// (<c>/vergaderingen/feed</c>). Written by System.ServiceModel.Syndication; every text is plain text, never HTML
/// from a letter.
/// </summary>
/// <remarks>
/// <para><b>ids</b> are tag URIs of the permalink (<see cref="TagUri"/>), so a re-import keeps them.</para>
/// <para><b>updated</b>: an item's is its meeting's first day, which a re-import does not move: the feed announces
/// "on the agenda again", and a corrected letter should not bring old items back as new. A letter's is the time its
/// current version was imported: an unchanged file is skipped by the importer and keeps it, a changed one gets a new
/// one and comes back at the top, which is what a reader of "letters as they are imported" wants to see;
/// <c>published</c> is then the letter's own date (else its meeting's first day) and never moves.</para>
/// </remarks>
internal static class AtomFeeds
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const int MaxLetters = 50;

    /// <summary>
    /// The newest entries of a topic feed: a reader polls for what is new; the whole timeline is the CSV (at 10,000
    /// letters a feed of every Russia item was 7 MB).
    /// </summary>
    private const int MaxTopicEntries = 100;

    public static async Task<IResult> TopicAsync(string topic, HttpContext context, AgendasDbContext db, Permalinks permalinks, CancellationToken ct)
    {
        if (await ConditionalGet.IsNotModifiedAsync(context, db, ct))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var found = await TopicEntries.LoadAsync(db, topic, MaxTopicEntries, ct);
        if (found is null)
        {
            return Results.NotFound();
        }
        string root = permalinks.Absolute(context.Request, "");
        string path = $"/onderwerpen/{found.Slug}";
        var feed = NewFeed(root, path, path + "/feed", $"Agendas – {found.Dutch}", $"Agendapunten over {found.Dutch} op de NAVO-ministeriële vergaderingen, de nieuwste vergadering eerst.");
        feed.Items = [.. found.Entries.Take(MaxTopicEntries).Select(e => TopicItem(root, e, found.Dutch))];
        feed.LastUpdatedTime = found.Entries.Count > 0 ? feed.Items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        return Write(feed);
    }

    public static async Task<IResult> LettersAsync(HttpContext context, AgendasDbContext db, Permalinks permalinks, CancellationToken ct)
    {
        if (await ConditionalGet.IsNotModifiedAsync(context, db, ct))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var letters = await db.Documents.AsNoTracking()
            .OrderByDescending(d => d.ImportedAt)
            .ThenByDescending(d => d.Meeting.StartDate)
            .ThenByDescending(d => d.Kind)
            .ThenBy(d => d.Slug)
            .Take(MaxLetters)
            .Select(d => new LetterRow(
                d.Slug, d.Title, d.Kind, d.LetterDate, d.Kamerstuk, d.ImportedAt,
                d.Meeting.Slug, d.Meeting.StartDate, d.Meeting.EndDate, d.Meeting.Councils, d.Meeting.Location, d.Meeting.Virtual))
            .ToListAsync(ct);
        string root = permalinks.Absolute(context.Request, "");
        var feed = NewFeed(root, "/vergaderingen", "/vergaderingen/feed", "Agendas – nieuwe brieven",
            "Geannoteerde agenda’s en verslagen van de NAVO-ministeriële vergaderingen, zoals ze binnenkomen: de nieuwste eerst.");
        feed.Items = [.. letters.Select(l => LetterItem(root, l))];
        feed.LastUpdatedTime = letters.Count > 0 ? feed.Items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        return Write(feed);
    }

    /// <summary>A feed whose id is the tag URI of its own address <paramref name="feedPath"/>, linking to the page it follows.</summary>
    internal static SyndicationFeed NewFeed(string root, string pagePath, string feedPath, string title, string subtitle)
    {
        var feed = new SyndicationFeed(XmlText(title), XmlText(subtitle), new Uri(root + pagePath))
        {
            Id = TagUri.For(root, feedPath),
            Language = "nl",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(root + feedPath), "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = "Agendas" });
        return feed;
    }

    private static SyndicationItem TopicItem(string root, TopicEntry entry, string topic)
    {
        var item = NewItem(
            root,
            entry.Path,
            $"{entry.Heading} – {entry.MeetingName}",
            $"{entry.Session}, {entry.Letter}. {PlainText.Excerpt(entry.FirstParagraph)}".TrimEnd(' '),
            Midnight(entry.MeetingStart));
        item.PublishDate = Midnight(entry.MeetingStart);
        item.Categories.Add(new SyndicationCategory(topic));
        return item;
    }

    private static SyndicationItem LetterItem(string root, LetterRow letter)
    {
        string path = SitePaths.Document(letter.Slug);
        string kind = letter.Kind == DocumentKind.Agenda ? "Geannoteerde agenda" : "Verslag";
        string kamerstuk = letter.Kamerstuk is null ? "" : $" Kamerstuk {letter.Kamerstuk.Replace('-', ' ')}.";
        var item = NewItem(
            root,
            path,
            letter.Title,
            $"{kind} van de {MeetingNames.Meeting(letter.Councils, letter.MeetingStart, letter.MeetingEnd)}, " +
            $"{MeetingNames.Place(letter.Location, letter.Virtual)}.{kamerstuk}",
            new DateTimeOffset(DateTime.SpecifyKind(letter.ImportedAt, DateTimeKind.Utc)));
        item.PublishDate = Midnight(letter.LetterDate ?? letter.MeetingStart);
        item.Links.Add(new SyndicationLink(new Uri(root + SitePaths.Meeting(letter.MeetingSlug)), "related", "De vergadering", "text/html", 0));
        return item;
    }

    /// <summary>An entry with a summary and no content: a reader follows the permalink for the letter's text.</summary>
    internal static SyndicationItem NewItem(string root, string path, string title, string summary, DateTimeOffset updated)
    {
        var item = new SyndicationItem
        {
            Id = TagUri.For(root, path),
            Title = new TextSyndicationContent(XmlText(title)),
            Summary = new TextSyndicationContent(XmlText(summary)),
            LastUpdatedTime = updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(root + path), "text/html"));
        return item;
    }

    /// <summary>
    /// The text without the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, a lone surrogate), which
    /// a query or a letter may hold: the XML writer would refuse the whole feed over one of them.
    /// </summary>
    internal static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else
            {
                kept.Append(' ');
            }
        }
        return kept.ToString();
    }

    internal static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    internal static IResult Write(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return Results.Bytes(buffer.ToArray(), ContentType);
    }

    private sealed record LetterRow(
        string Slug, string Title, DocumentKind Kind, DateOnly? LetterDate, string? Kamerstuk, DateTime ImportedAt,
        string MeetingSlug, DateOnly MeetingStart, DateOnly MeetingEnd, List<string> Councils, string? Location, bool Virtual);
}
