namespace Agendas.Data.Entities;

/// <summary>A document enclosed with a letter (e.g. an English ministerial statement).</summary>
public sealed class Attachment
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public int Ordinal { get; set; }

    public required string Title { get; set; }

    /// <summary>ISO 639-1 code, e.g. <c>en</c>.</summary>
    public required string Language { get; set; }

    public List<Paragraph> Paragraphs { get; set; } = [];
}
