namespace Agendas.Data.Entities;

/// <summary>
/// A single row whose <see cref="Version"/> every import that changes data bumps, so a running web app
/// (another process) can notice new data cheaply and drop its caches.
/// </summary>
public sealed class DataVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Version { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>
    /// The vocabulary (<see cref="Import.TopicMentions.VocabularyKey"/>) the <see cref="MentionedTopic"/> rows were found
    /// with; null before they were ever built. A different vocabulary means they are found again.
    /// </summary>
    public string? MentionsVocabulary { get; set; }
}
