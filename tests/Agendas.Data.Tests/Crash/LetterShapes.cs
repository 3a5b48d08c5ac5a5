using System.Text;
using Agendas.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Crash;

/// <summary>
/// A letter written out as one comparable text: its meeting, its sessions with their topics, its items with their
/// topics and paragraph counts, its paragraph total and its number of search entries. Built once from the parser's
/// output (what the letter should be) and once from the store (what it is), so that a difference reads as a diff.
/// </summary>
internal static class LetterShapes
{
    public static string FromParse(ParsedLetter letter)
    {
        var text = new StringBuilder();
        text.Append("meeting ").AppendLine(letter.Meeting.Slug);
        int paragraphs = letter.Introduction.Count + letter.Attachments.Sum(a => a.Paragraphs.Count);
        int entries = 0;
        foreach (var session in letter.Sessions)
        {
            AppendSession(text, session.Number, session.Slug, session.Topics.Distinct(StringComparer.Ordinal), session.Paragraphs.Count);
            foreach (var item in session.Items)
            {
                AppendItem(text, item.Slug, item.Topics.Distinct(StringComparer.Ordinal), item.Paragraphs.Count);
            }
            paragraphs += session.Paragraphs.Count + session.Items.Sum(i => i.Paragraphs.Count);
            // SearchEntryBuilder: one entry per item, and one for a session's own text when it has any.
            entries += session.Items.Count
                + (session.Paragraphs.Count > 0 || (session.Items.Count == 0 && !string.IsNullOrWhiteSpace(session.Title)) ? 1 : 0);
        }
        AppendTotals(text, paragraphs, entries);
        return text.ToString();
    }

    /// <summary>The shapes of every stored letter, by the hash of its file.</summary>
    public static async Task<Dictionary<string, string>> FromStoreAsync(AgendasDbContext db)
    {
        var documents = await db.Documents.AsNoTracking()
            .Select(d => new
            {
                d.ContentHash,
                Meeting = d.Meeting.Slug,
                Paragraphs = d.Paragraphs.Count,
                Entries = db.Set<Agendas.Data.Search.SearchEntry>().Count(e => e.DocumentId == d.Id),
                Sessions = d.Sessions.OrderBy(s => s.Number).Select(s => new
                {
                    s.Number,
                    s.Slug,
                    Topics = s.Topics.OrderBy(t => t.Ordinal).Select(t => t.Topic.Slug).ToList(),
                    Paragraphs = s.Paragraphs.Count(p => p.ItemId == null),
                    Items = s.Items.OrderBy(i => i.Ordinal).Select(i => new
                    {
                        i.Slug,
                        Topics = i.Topics.OrderBy(t => t.Ordinal).Select(t => t.Topic.Slug).ToList(),
                        Paragraphs = i.Paragraphs.Count,
                    }).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var text = new StringBuilder();
            text.Append("meeting ").AppendLine(d.Meeting);
            foreach (var session in d.Sessions)
            {
                AppendSession(text, session.Number, session.Slug, session.Topics, session.Paragraphs);
                foreach (var item in session.Items)
                {
                    AppendItem(text, item.Slug, item.Topics, item.Paragraphs);
                }
            }
            AppendTotals(text, d.Paragraphs, d.Entries);
            shapes.Add(d.ContentHash, text.ToString());
        }
        return shapes;
    }

    private static void AppendSession(StringBuilder text, int number, string slug, IEnumerable<string> topics, int paragraphs) =>
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"session {number} {slug} [{string.Join(' ', topics)}] {paragraphs} paragraphs");

    private static void AppendItem(StringBuilder text, string slug, IEnumerable<string> topics, int paragraphs) =>
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  item {slug} [{string.Join(' ', topics)}] {paragraphs} paragraphs");

    private static void AppendTotals(StringBuilder text, int paragraphs, int entries) =>
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{paragraphs} paragraphs, {entries} search entries");
}
