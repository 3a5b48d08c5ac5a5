using Agendas.Data.Entities;

namespace Agendas.Data.Search;

/// <summary>
/// One unit of search: an item, or a session's own text (a session without items, or the text before its first
/// item). It keeps the original heading and plain text for result headings and snippets; the full-text table
/// (<c>SearchIndex</c>, rowid = <see cref="Id"/>) holds only the folded, stemmed terms of the same text.
/// </summary>
public sealed class SearchEntry
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public int SessionId { get; set; }

    public Session Session { get; set; } = null!;

    /// <summary>Null for a session's own text.</summary>
    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>The item's heading, or the session's title (empty when the session has none).</summary>
    public required string Heading { get; set; }

    /// <summary>The paragraphs as plain text (Markdown escapes removed), separated by blank lines.</summary>
    public required string Text { get; set; }
}
