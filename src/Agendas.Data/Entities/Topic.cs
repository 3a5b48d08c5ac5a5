namespace Agendas.Data.Entities;

/// <summary>A canonical subject, kept in step with the topic vocabulary at every import (upsert by slug).</summary>
public sealed class Topic
{
    public int Id { get; set; }

    /// <summary>Fixed: <c>/onderwerpen/{Slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Dutch { get; set; }

    public required string English { get; set; }

    /// <summary>JSON array column.</summary>
    public List<string> Aliases { get; set; } = [];

    public List<ItemTopic> Links { get; set; } = [];
}
