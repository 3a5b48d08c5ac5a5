using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Data.Text;
using Agendas.Web.Formatting;
using Agendas.Web.Pages.Topics;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Feeds;

/// <summary>
/// The entries of a topic's timeline for the feed, the CSV file and the API: the topic page's entries and anchors
/// (<see cref="TopicTimeline"/>, the one query all of them share), newest meeting first.
/// </summary>
internal static class TopicEntries
{
    /// <param name="db">The store.</param>
    /// <param name="topicSlug">The topic.</param>
    /// <param name="newest">Only this many of the newest entries (the feed); every entry when null.</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<TopicWithEntries?> LoadAsync(AgendasDbContext db, string topicSlug, int? newest, CancellationToken ct)
    {
        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.Slug == topicSlug)
            .Select(t => new { t.Id, t.Slug, t.Dutch })
            .FirstOrDefaultAsync(ct);
        if (topic is null)
        {
            return null;
        }
        var rows = await new TopicTimeline(db, topic.Id).RowsAsync(newest, ct);
        var entries = TimelineRow.NewestFirst(rows)
            .Select(r => new TopicEntry(
                r.MeetingSlug, r.MeetingStart, r.MeetingEnd, r.Councils, r.Kind, r.SessionNumber, r.SessionTitle, r.ItemOrdinal,
                r.Heading, r.Path, PlainText.FromMarkdown(r.FirstParagraph ?? "")))
            .ToList();
        return new TopicWithEntries(topic.Slug, topic.Dutch, entries);
    }
}

internal sealed record TopicWithEntries(string Slug, string Dutch, IReadOnlyList<TopicEntry> Entries);

/// <summary>An item (or a session without one) on a topic's timeline; <see cref="Path"/> is its permalink path.</summary>
internal sealed record TopicEntry(
    string MeetingSlug,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    IReadOnlyList<string> Councils,
    DocumentKind Kind,
    int SessionNumber,
    string? SessionTitle,
    int ItemOrdinal,
    string Heading,
    string Path,
    string FirstParagraph)
{
    public string MeetingName => MeetingNames.Meeting(Councils, MeetingStart, MeetingEnd);

    /// <summary><c>Sessie 2: Werklunch</c>; just the number for a session entry, whose heading is the title already.</summary>
    public string Session => ItemOrdinal == 0 || string.IsNullOrWhiteSpace(SessionTitle) ? $"Sessie {SessionNumber}" : $"Sessie {SessionNumber}: {SessionTitle}";

    public string Letter => DutchFormat.LetterKind(Kind);

    /// <summary>
    /// The paragraph up to the first full stop, question or exclamation mark followed by a space and a capital (so
    /// "o.a." and "2.1" do not end it); the whole paragraph when none does.
    /// </summary>
    public string FirstSentence
    {
        get
        {
            string text = FirstParagraph;
            for (int i = 0; i + 2 < text.Length; i++)
            {
                if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
                {
                    return text[..(i + 1)];
                }
            }
            return text;
        }
    }
}
