using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agendas.Core.Topics;

/// <summary>A canonical cross-cutting subject with its Dutch and English names and its aliases.</summary>
public sealed record Topic(string Slug, string Dutch, string English, IReadOnlyList<string> Aliases);

/// <summary>
/// The topic vocabulary (topics.md): data, not code. Read from JSON text; the caller owns the file.
/// </summary>
public sealed class TopicVocabulary
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public TopicVocabulary(IReadOnlyList<Topic> topics)
    {
        var duplicate = topics.GroupBy(t => t.Slug).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Topic slug '{duplicate.Key}' occurs more than once.", nameof(topics));
        }
        Topics = topics;
        Tagger = new TopicTagger(this);
    }

    public IReadOnlyList<Topic> Topics { get; }

    public TopicTagger Tagger { get; }

    public Topic? Find(string slug) => Topics.FirstOrDefault(t => t.Slug == slug);

    /// <summary>Reads the vocabulary file's JSON; throws <see cref="FormatException"/> with a plain reason when it is malformed.</summary>
    public static TopicVocabulary FromJson(string json)
    {
        TopicFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TopicFile>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The topic vocabulary is not valid JSON: {ex.Message}", ex);
        }
        if (file?.Topics is not { Count: > 0 } entries)
        {
            throw new FormatException("The topic vocabulary holds no topics.");
        }
        var topics = new List<Topic>();
        foreach (var e in entries)
        {
            if (string.IsNullOrWhiteSpace(e.Slug) || string.IsNullOrWhiteSpace(e.Nl))
            {
                throw new FormatException("Every topic needs a slug and a Dutch name (nl).");
            }
            var aliases = new List<string> { e.Nl };
            if (!string.IsNullOrWhiteSpace(e.En))
            {
                aliases.Add(e.En);
            }
            aliases.AddRange(e.Aliases ?? []);
            topics.Add(new Topic(e.Slug, e.Nl, e.En ?? e.Nl, aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList()));
        }
        return new TopicVocabulary(topics);
    }

    private sealed record TopicFile([property: JsonPropertyName("topics")] List<TopicEntry>? Topics);

    private sealed record TopicEntry(string? Slug, string? Nl, string? En, List<string>? Aliases);
}
