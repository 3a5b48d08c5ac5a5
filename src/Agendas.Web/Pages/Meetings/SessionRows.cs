using Agendas.Core.Model;
using Agendas.Data;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Meetings;

/// <summary>The stored text of one session number in each letter about a meeting: agenda first, then report.</summary>
internal static class SessionRows
{
    public static async Task<IReadOnlyList<SessionRow>> LoadAsync(AgendasDbContext db, int meetingId, int number, CancellationToken ct)
    {
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.Document.MeetingId == meetingId && s.Number == number)
            .Select(s => new SessionRow(
                s.Document.Kind,
                s.Document.Ordinal,
                s.Document.Slug,
                s.Document.Title,
                s.Title,
                s.Date,
                s.Paragraphs.Where(p => p.ItemId == null).OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                s.Footnotes.Where(f => f.ItemId == null).OrderBy(f => f.Number).Select(f => new FootnoteRow(f.Number, f.Text)).ToList(),
                s.Topics.Where(t => t.ItemId == null).OrderBy(t => t.Ordinal).Select(t => t.Topic.Slug).ToList(),
                s.Items.OrderBy(i => i.Ordinal).Select(i => new ItemRow(
                    i.Slug,
                    i.Heading,
                    i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
                    i.Footnotes.OrderBy(f => f.Number).Select(f => new FootnoteRow(f.Number, f.Text)).ToList(),
                    i.Topics.OrderBy(t => t.Ordinal).Select(t => t.Topic.Slug).ToList())).ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Kind == DocumentKind.Agenda ? 0 : 1).ThenBy(r => r.DocumentOrdinal)];
    }
}

/// <summary>One letter's text of a session.</summary>
internal sealed record SessionRow(
    DocumentKind Kind,
    int DocumentOrdinal,
    string DocumentSlug,
    string DocumentTitle,
    string? Title,
    DateOnly? Date,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<FootnoteRow> Footnotes,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ItemRow> Items);

internal sealed record ItemRow(string Slug, string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<FootnoteRow> Footnotes, IReadOnlyList<string> Topics);

internal sealed record FootnoteRow(int Number, string Text);
