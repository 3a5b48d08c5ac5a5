namespace Agendas.Data.Entities;

/// <summary>A footnote of a letter, attached to exactly one item or session (the one whose text carries its marker).</summary>
public sealed class Footnote
{
    public int Id { get; set; }

    public int? SessionId { get; set; }

    public Session? Session { get; set; }

    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>The number the letter gives it.</summary>
    public int Number { get; set; }

    public required string Text { get; set; }
}
