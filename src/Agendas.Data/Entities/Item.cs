namespace Agendas.Data.Entities;

/// <summary>A headed section inside a session; its address is <c>…/sessie-{n}#{Slug}</c>.</summary>
public sealed class Item
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public Session Session { get; set; } = null!;

    /// <summary>1-based position within the session.</summary>
    public int Ordinal { get; set; }

    public required string Heading { get; set; }

    /// <summary>The heading, lower-case, ASCII-folded, kebab-case; unique within its session.</summary>
    public required string Slug { get; set; }

    public List<Paragraph> Paragraphs { get; set; } = [];

    public List<Footnote> Footnotes { get; set; } = [];

    public List<ItemTopic> Topics { get; set; } = [];

    /// <summary>Topics its heading or text names (related topics), whether or not it is tagged with them.</summary>
    public List<MentionedTopic> Mentions { get; set; } = [];
}
