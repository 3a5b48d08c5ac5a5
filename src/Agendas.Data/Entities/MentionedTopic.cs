namespace Agendas.Data.Entities;

/// <summary>
/// A topic that an item's heading or text names (or, with <see cref="ItemId"/> null, a session's title or own
/// paragraphs), found by the topic tagger when the letter was imported. Unlike <see cref="ItemTopic"/> it does not
/// put the item on the topic's page; it feeds the related topics of a topic page, which count what entries discuss
/// as well as what they are tagged with. Exactly one of <see cref="ItemId"/> and <see cref="SessionId"/> is set.
/// </summary>
public sealed class MentionedTopic
{
    public int Id { get; set; }

    public int TopicId { get; set; }

    public Topic Topic { get; set; } = null!;

    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    public int? SessionId { get; set; }

    public Session? Session { get; set; }
}
