using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Search;

/// <summary>
/// The units a stored letter is searched in: each item (its heading and paragraphs), and each session's own text
/// (its title and the paragraphs before its first item) when it has any, so that a session without items is found
/// and links to its session page. Introductions, footnotes and attachments are not indexed: they have no session
/// page to land on (docs/search.md).
/// </summary>
internal static class SearchEntryBuilder
{
    public static async Task<List<SearchEntry>> ForDocumentAsync(AgendasDbContext db, int documentId, CancellationToken ct)
    {
        var letter = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new { d.Kind, d.Meeting.StartDate, d.Meeting.Councils })
            .SingleAsync(ct).ConfigureAwait(false);
        string kind = Core.Model.Slugs.KindSlug(letter.Kind);
        string councils = Padded(letter.Councils);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.DocumentId == documentId)
            .OrderBy(s => s.Number)
            .Select(s => new
            {
                s.Id,
                s.Title,
                Topics = s.Topics.Where(t => t.ItemId == null).Select(t => t.Topic.Slug).ToList(),
                Paragraphs = s.Paragraphs.Where(p => p.ItemId == null).OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                Items = s.Items.OrderBy(i => i.Ordinal)
                    .Select(i => new
                    {
                        i.Id,
                        i.Heading,
                        Topics = i.Topics.Select(t => t.Topic.Slug).ToList(),
                        Paragraphs = i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                    })
                    .ToList(),
            })
            .ToListAsync(ct).ConfigureAwait(false);

        var entries = new List<SearchEntry>();
        foreach (var session in sessions)
        {
            if (session.Paragraphs.Count > 0 || (session.Items.Count == 0 && !string.IsNullOrWhiteSpace(session.Title)))
            {
                entries.Add(new SearchEntry
                {
                    DocumentId = documentId,
                    SessionId = session.Id,
                    Heading = session.Title ?? "",
                    Text = Text(session.Paragraphs),
                    MeetingStart = letter.StartDate,
                    Kind = kind,
                    Councils = councils,
                    Topics = Padded(session.Topics),
                });
            }
            entries.AddRange(session.Items.Select(item => new SearchEntry
            {
                DocumentId = documentId,
                SessionId = session.Id,
                ItemId = item.Id,
                Heading = item.Heading,
                Text = Text(item.Paragraphs),
                MeetingStart = letter.StartDate,
                Kind = kind,
                Councils = councils,
                Topics = Padded(item.Topics),
            }));
        }
        return entries;
    }

    /// <summary><c> a b </c>: a slug is found with <c>instr(list, ' a ')</c>, never as part of a longer one.</summary>
    internal static string Padded(IEnumerable<string> slugs) => $" {string.Join(' ', slugs.Distinct(StringComparer.Ordinal))} ";

    private static string Text(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs.Select(PlainMarkdown.ToText));
}
