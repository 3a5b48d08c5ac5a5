using Agendas.Core.Model;
using Agendas.Core.Topics;

namespace Agendas.Core.Parsing;

/// <summary>A letter's decoded text and the name it is reported under (usually its path).</summary>
public sealed record SourceText(string Name, string Text);

/// <summary>
/// Reads one letter's plain text (as extracted from PDF) into a <see cref="ParsedLetter"/>.
/// Pure: no I/O. Never throws on bad input; returns an error diagnostic instead.
/// </summary>
public sealed class LetterParser(TopicVocabulary topics)
{
    /// <summary>
    /// Parses the letters of one run. All texts are read before any hyphenated word is joined, so each
    /// letter profits from the evidence of the others and of <paramref name="storedCounts"/> (the store's lexicon).
    /// </summary>
    public IReadOnlyList<ParseResult> ParseAll(IReadOnlyList<SourceText> sources, IReadOnlyDictionary<string, int>? storedCounts = null)
    {
        var evidence = WordEvidence.Collect(sources.Select(s => s.Text));
        if (storedCounts is not null)
        {
            evidence = evidence.With(storedCounts);
        }
        return sources.Select(s => Parse(s.Text, s.Name, evidence)).ToList();
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="evidence"/> holds the words of the whole run (see <see cref="WordEvidence"/>).</summary>
    public ParseResult Parse(string text, string sourceName, WordEvidence? evidence = null)
    {
        _ = topics;
        _ = evidence;
        _ = text;
        return ParseResult.Failed(sourceName, new Diagnostic(ErrorCodes.Internal, "parser not written yet"));
    }
}
