namespace Agendas.Data.Entities;

/// <summary>
/// An earlier source text of a letter, kept when a changed file replaced it (issue 7, "nothing lost on update").
/// The letter's current text stays on <see cref="Document"/>; these are the ones before it, oldest first.
/// </summary>
public sealed class DocumentVersion
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    /// <summary>1 for the letter's first import, 2 for the text that replaced it, …; the current text is the next number.</summary>
    public int Number { get; set; }

    /// <summary>The file name this version came from.</summary>
    public required string SourceFileName { get; set; }

    /// <summary>The decoded text of the file, as received.</summary>
    public required string SourceText { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex (as <see cref="Document.ContentHash"/> was).</summary>
    public required string ContentHash { get; set; }

    public string? SourceEncoding { get; set; }

    /// <summary>When this version was imported (UTC).</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>When a changed file replaced it (UTC).</summary>
    public DateTime ReplacedAt { get; set; }
}
