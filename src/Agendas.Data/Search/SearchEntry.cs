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

    // What filters, facets and sorting need, copied from the letter and its meeting when the entry is written, so
    // that a search reads one row per hit instead of joining meetings and topics for thousands of hits.

    /// <summary>The meeting's first day.</summary>
    public DateOnly MeetingStart { get; set; }

    /// <summary>The letter's kind, as the documents table stores it (<c>agenda</c>, <c>report</c>).</summary>
    public required string Kind { get; set; }

    /// <summary>The meeting's council slugs between spaces (<c> buitenlandse-zaken defensie </c>): one <c>instr</c> finds one.</summary>
    public required string Councils { get; set; }

    /// <summary>The entry's topic slugs between spaces, in the same form.</summary>
    public required string Topics { get; set; }
}
