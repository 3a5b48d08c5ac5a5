namespace Agendas.Data.Entities;

/// <summary>
/// One paragraph of letter text, as Markdown written by the parser. It belongs to exactly one of:
/// an item, a session (its own text), an attachment, or none of these (the document's introduction).
/// <see cref="DocumentId"/> is always set, so all text of a letter can be found (and searched) in one place.
/// </summary>
public sealed class Paragraph
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public int? SessionId { get; set; }

    public Session? Session { get; set; }

    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    public int? AttachmentId { get; set; }

    public Attachment? Attachment { get; set; }

    /// <summary>1-based position within its owner; the item anchor <c>#{item}-p{Ordinal}</c> uses it.</summary>
    public int Ordinal { get; set; }

    public required string Text { get; set; }

    /// <summary>True for the document's introduction. Usable in queries: EF translates the null checks.</summary>
    public static System.Linq.Expressions.Expression<Func<Paragraph, bool>> IsIntroduction =>
        p => p.SessionId == null && p.ItemId == null && p.AttachmentId == null;
}
