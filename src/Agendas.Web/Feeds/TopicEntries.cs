using Agendas.Core.Model;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Agendas.Web.Pages.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Feeds;

/// <summary>
/// The entries of a topic's timeline for the feed and the CSV file: the same entries as the topic page
/// (<see cref="Pages.Topics.TopicTally.IsEntry"/>: items tagged with the topic, and sessions that carry it while none
/// of their items does), newest meeting first.
/// </summary>
/// <remarks>
/// A query of its own rather than the page's: the page also loads every paragraph and tag for its related topics,
/// which neither format needs. The ordering and the anchors follow the page's, and the tests hold them to it.
/// </remarks>
internal static class TopicEntries
{
    public static async Task<TopicWithEntries?> LoadAsync(AgendasDbContext db, string topicSlug, CancellationToken ct)
    {
        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.Slug == topicSlug)
            .Select(t => new { t.Id, t.Slug, t.Dutch })
            .FirstOrDefaultAsync(ct);
        if (topic is null)
        {
            return null;
        }

        var items = await db.Items.AsNoTracking()
            .Where(i => i.Topics.Any(t => t.TopicId == topic.Id))
            .Select(i => new
            {
                Meeting = i.Session.Document.Meeting,
                i.Session.Document.Kind,
                SessionSlug = i.Session.Slug,
                i.Session.Number,
                i.Session.Title,
                i.Heading,
                i.Slug,
                // The session page gives a report item whose slug the agenda uses too an anchor of its own.
                SharesAgendaSlug = i.Session.Document.Kind == DocumentKind.Report && db.Items.Any(a =>
                    a.Slug == i.Slug && a.Session.Number == i.Session.Number
                    && a.Session.Document.Kind == DocumentKind.Agenda && a.Session.Document.MeetingId == i.Session.Document.MeetingId),
                i.Ordinal,
                First = i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Topics.Any(t => t.TopicId == topic.Id && t.ItemId == null)
                && !s.Items.Any(i => i.Topics.Any(t => t.TopicId == topic.Id)))
            .Select(s => new
            {
                Meeting = s.Document.Meeting,
                s.Document.Kind,
                s.Slug,
                s.Number,
                s.Title,
                First = s.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var entries = items
            .Select(i => new TopicEntry(
                i.Meeting.Slug, i.Meeting.StartDate, i.Meeting.EndDate, i.Meeting.Councils, i.Kind, i.Number,
                i.Title, i.Ordinal, i.Heading,
                SitePaths.Item(i.Meeting.Slug, i.SessionSlug, i.SharesAgendaSlug ? SessionRenderer.ReportAnchorPrefix + i.Slug : i.Slug),
                PlainText.FromMarkdown(i.First ?? "")))
            .Concat(sessions.Select(s => new TopicEntry(
                s.Meeting.Slug, s.Meeting.StartDate, s.Meeting.EndDate, s.Meeting.Councils, s.Kind, s.Number,
                s.Title, ItemOrdinal: 0, s.Title ?? $"Sessie {s.Number}",
                SitePaths.Session(s.Meeting.Slug, s.Slug),
                PlainText.FromMarkdown(s.First ?? ""))))
            .OrderByDescending(e => e.MeetingStart)
            .ThenBy(e => e.MeetingSlug, StringComparer.Ordinal)
            // Within a meeting the report, written afterwards, before the agenda; each in the order of the letter.
            .ThenByDescending(e => e.Kind)
            .ThenBy(e => e.SessionNumber)
            .ThenBy(e => e.ItemOrdinal)
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

    public string Letter => Kind == DocumentKind.Agenda ? "geannoteerde agenda" : "verslag";

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
