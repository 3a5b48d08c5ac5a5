namespace Agendas.Data.Entities;

/// <summary>
/// A numbered part of a meeting as one letter describes it. The agenda and the report of a meeting each
/// hold their own sessions; the session page <c>/vergaderingen/{meeting}/sessie-{Number}</c> shows both.
/// </summary>
public sealed class Session
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public int Number { get; set; }

    /// <summary><c>sessie-{Number}</c>.</summary>
    public required string Slug { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The text before the session's first item (all of it for a session without items).</summary>
    public List<Paragraph> Paragraphs { get; set; } = [];

    /// <summary>Footnotes whose marker is in the session's own paragraphs.</summary>
    public List<Footnote> Footnotes { get; set; } = [];

    public List<Item> Items { get; set; } = [];

    /// <summary>The session's topics (from its title and its items): rows of <c>ItemTopics</c> with a session and no item.</summary>
    public List<ItemTopic> Topics { get; set; } = [];

    /// <summary>Topics its title or its own paragraphs name (related topics of a session without items).</summary>
    public List<MentionedTopic> Mentions { get; set; } = [];
}
