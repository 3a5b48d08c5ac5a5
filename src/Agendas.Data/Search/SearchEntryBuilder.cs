using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Search;

/// <summary>
/// The units a stored letter is searched in: each item (its heading and paragraphs), and each session's own text
/// (its title and the paragraphs before its first item) when it has any, so that a session without items is found
/// and links to its session page. Introductions, footnotes and attachments are not indexed: they have no session
/// page to land on (docs/search.md).
/// </summary>
/// <remarks>
/// The entries are built from a letter's rows in memory: the importer has them at hand after saving, and
/// <see cref="LoadAsync"/> reads them for a letter already stored. One query joining sessions, items, paragraphs and
/// topics had SQLite materialise the items of every letter for each letter written (0.5 s a letter at 1,500 letters).
/// </remarks>
internal static class SearchEntryBuilder
{
    /// <summary>
    /// The entries of <paramref name="document"/>, whose meeting, sessions, items, paragraphs and topic links are
    /// loaded (saved, so that they have their ids). <paramref name="topicSlugs"/> names the topics by id.
    /// </summary>
    public static List<SearchEntry> For(Document document, IReadOnlyDictionary<int, string> topicSlugs)
    {
        string kind = Core.Model.Slugs.KindSlug(document.Kind);
        string councils = Padded(document.Meeting.Councils);
        var entries = new List<SearchEntry>();
        foreach (var session in document.Sessions.OrderBy(s => s.Number))
        {
            var ownParagraphs = session.Paragraphs.Where(p => p.ItemId is null).OrderBy(p => p.Ordinal).ToList();
            if (ownParagraphs.Count > 0 || (session.Items.Count == 0 && !string.IsNullOrWhiteSpace(session.Title)))
            {
                entries.Add(new SearchEntry
                {
                    DocumentId = document.Id,
                    SessionId = session.Id,
                    Heading = session.Title ?? "",
                    Text = Text(ownParagraphs),
                    MeetingStart = document.Meeting.StartDate,
                    Kind = kind,
                    Councils = councils,
                    Topics = Padded(session.Topics.Where(t => t.ItemId is null).OrderBy(t => t.Ordinal).Select(t => topicSlugs[t.TopicId])),
                });
            }
            entries.AddRange(session.Items.OrderBy(i => i.Ordinal).Select(item => new SearchEntry
            {
                DocumentId = document.Id,
                SessionId = session.Id,
                ItemId = item.Id,
                Heading = item.Heading,
                Text = Text(item.Paragraphs.OrderBy(p => p.Ordinal)),
                MeetingStart = document.Meeting.StartDate,
                Kind = kind,
                Councils = councils,
                Topics = Padded(item.Topics.OrderBy(t => t.Ordinal).Select(t => topicSlugs[t.TopicId])),
            }));
        }
        return entries;
    }

    /// <summary>
    /// A stored letter with what <see cref="For"/> reads, one query per table (split), each reaching its rows from the
    /// letter's sessions through an index, never by scanning a table.
    /// </summary>
    /// <remarks>
    /// Paragraphs are reached through their session or item: <c>Paragraphs.DocumentId</c> has an index only for the
    /// introduction's paragraphs, so a query by document id reads the whole table (ten thousand letters: hours).
    /// </remarks>
    public static Task<Document?> LoadAsync(AgendasDbContext db, int documentId, CancellationToken ct) =>
        db.Documents.AsNoTracking()
            .Include(d => d.Meeting)
            .Include(d => d.Sessions).ThenInclude(s => s.Topics)
            .Include(d => d.Sessions).ThenInclude(s => s.Paragraphs)
            .Include(d => d.Sessions).ThenInclude(s => s.Items).ThenInclude(i => i.Topics)
            .Include(d => d.Sessions).ThenInclude(s => s.Items).ThenInclude(i => i.Paragraphs)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == documentId, ct);

    /// <summary><c> a b </c>: a slug is found with <c>instr(list, ' a ')</c>, never as part of a longer one.</summary>
    internal static string Padded(IEnumerable<string> slugs) => $" {string.Join(' ', slugs.Distinct(StringComparer.Ordinal))} ";

    private static string Text(IEnumerable<Paragraph> paragraphs) => string.Join("\n\n", paragraphs.Select(p => PlainMarkdown.ToText(p.Text)));
}
