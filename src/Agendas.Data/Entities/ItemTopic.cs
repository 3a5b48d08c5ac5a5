namespace Agendas.Data.Entities;

/// <summary>
/// Tags an item with a topic, or (with <see cref="ItemId"/> null) a session: sessions without items carry
/// topics too, and topic pages list them. Exactly one of <see cref="ItemId"/> and <see cref="SessionId"/> is set.
/// </summary>
public sealed class ItemTopic
{
    public int Id { get; set; }

    public int TopicId { get; set; }

    public Topic Topic { get; set; } = null!;

    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    public int? SessionId { get; set; }

    public Session? Session { get; set; }

    /// <summary>The order in which the parser named the topics (first mention first).</summary>
    public int Ordinal { get; set; }
}
