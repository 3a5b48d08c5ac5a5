using Agendas.Core.Model;
using Agendas.Core.Topics;

namespace Agendas.Core.Parsing;

/// <summary>
/// Reads one letter's plain text (as extracted from PDF) into a <see cref="ParsedLetter"/>.
/// Pure: no I/O. Never throws on bad input; returns an error diagnostic instead.
/// </summary>
public sealed class LetterParser(TopicVocabulary topics)
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="evidence"/> holds the words of the whole run (see <see cref="WordEvidence"/>).</summary>
    public ParseResult Parse(string text, string sourceName, WordEvidence? evidence = null)
    {
        _ = topics;
        _ = evidence;
        _ = text;
        return ParseResult.Failed(sourceName, new Diagnostic(ErrorCodes.Internal, "parser not written yet"));
    }
}
