using System.Text;
using System.Text.RegularExpressions;
using Agendas.Core.Text;

namespace Agendas.Core.Topics;

/// <summary>A mention of a topic's alias in a text, by position in the original text.</summary>
public sealed record TopicMention(string Slug, int Index, int Length);

/// <summary>
/// Finds topic aliases in text: case- and diacritic-insensitive, on word boundaries,
/// with a hyphen and a space interchangeable ("NAVO Rusland Raad" is "NAVO-Rusland Raad").
/// </summary>
public sealed class TopicTagger
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, string> _slugByAlias;

    internal TopicTagger(TopicVocabulary vocabulary)
    {
        _slugByAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in vocabulary.Topics)
        {
            foreach (string alias in topic.Aliases)
            {
                _slugByAlias.TryAdd(Key(alias), topic.Slug);
            }
        }
        // Longest alias first, so "NAVO-Oekraïne Commissie" wins over "Oekraïne" at the same spot.
        string alternatives = string.Join('|', _slugByAlias.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Topic slugs named in the text, in order of first mention.</summary>
    public IReadOnlyList<string> Tag(string text) => Mentions(text).Select(m => m.Slug).Distinct().ToList();

    /// <summary>Every alias occurrence, non-overlapping, left to right.</summary>
    public IReadOnlyList<TopicMention> Mentions(string text)
    {
        string key = Key(text);
        var mentions = new List<TopicMention>();
        foreach (Match m in _pattern.Matches(key))
        {
            mentions.Add(new TopicMention(_slugByAlias[m.Value], m.Index, m.Length));
        }
        return mentions;
    }

    private static string Key(string text)
    {
        var sb = new StringBuilder(Folding.FoldPreservingLength(text));
        for (int i = 0; i < sb.Length; i++)
        {
            if (sb[i] is '-' or '\u2010' or '\u2011' or '\u2013')
            {
                sb[i] = ' ';
            }
        }
        return sb.ToString();
    }
}
