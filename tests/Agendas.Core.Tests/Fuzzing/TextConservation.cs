using System.Text.RegularExpressions;
using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Text;

namespace Agendas.Core.Tests.Fuzzing;

/// <summary>
/// The parser conserves text: every word of a line it did not set aside (and report in
/// <see cref="ParseResult.SetAside"/>) appears somewhere in what it returns. Words are compared folded (case and
/// diacritics), as sets: a letter's structure moves text about, but may not lose it.
/// </summary>
internal static partial class TextConservation
{
    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();

    // A word broken at a line end: the letters before the hyphen and the first word of the next body line.
    [GeneratedRegex(@"([\p{L}\p{M}]+)-$")]
    private static partial Regex BrokenWordEnd();

    [GeneratedRegex(@"^[^\p{L}\p{M}]*([\p{L}\p{M}]+)")]
    private static partial Regex FirstWord();

    // Superscript digits may be footnote markers, which the parser removes from the word they stick to: they are
    // taken out on both sides, so "woord¹" and "woord" compare equal whichever way the parser read the marker.
    [GeneratedRegex(@"[\u00B9\u00B2\u00B3\u2070-\u2079]")]
    private static partial Regex Superscript();

    /// <summary>The words of body lines that appear nowhere in the result: empty when the parser lost nothing.</summary>
    public static IReadOnlyList<string> LostWords(string text, ParseResult result)
    {
        var letter = result.Letter ?? throw new ArgumentException("only a parsed letter conserves text", nameof(result));
        var output = Words(OutputTexts(letter));
        var setAside = result.SetAside.Select(s => s.Line).ToHashSet();

        var lines = SourceLines.Split(text);
        var body = lines.Where(l => !l.IsBlank && !setAside.Contains(l.Number)).ToList();
        var lost = new List<string>();
        for (int i = 0; i < body.Count; i++)
        {
            string line = Superscript().Replace(body[i].Text, "");
            // "aanwe-" + "zigheid" reaches the output as one word, with or without its hyphen.
            string? joinedEnd = null;
            if (BrokenWordEnd().Match(line) is { Success: true } end && i + 1 < body.Count && FirstWord().Match(Superscript().Replace(body[i + 1].Text, "")) is { Success: true } next)
            {
                joinedEnd = Folding.Fold(end.Groups[1].Value + next.Groups[1].Value);
            }
            string? joinedStart = null;
            if (i > 0 && BrokenWordEnd().Match(Superscript().Replace(body[i - 1].Text, "")) is { Success: true } previous && FirstWord().Match(line) is { Success: true } first)
            {
                joinedStart = Folding.Fold(previous.Groups[1].Value + first.Groups[1].Value);
            }
            var matches = Word().Matches(line);
            for (int k = 0; k < matches.Count; k++)
            {
                string word = Folding.Fold(matches[k].Value);
                bool found = output.Contains(word)
                    || (k == matches.Count - 1 && joinedEnd is not null && output.Contains(joinedEnd))
                    || (k == 0 && joinedStart is not null && output.Contains(joinedStart));
                if (!found)
                {
                    lost.Add($"line {body[i].Number}: '{matches[k].Value}' in \"{line}\"");
                }
            }
        }
        return lost;
    }

    private static HashSet<string> Words(IEnumerable<string?> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? t in texts)
        {
            foreach (Match m in Word().Matches(Superscript().Replace(t ?? "", "")))
            {
                words.Add(Folding.Fold(m.Value));
            }
        }
        return words;
    }

    private static IEnumerable<string?> OutputTexts(ParsedLetter letter)
    {
        yield return letter.Document.Title;
        foreach (var s in letter.Document.Signatories)
        {
            yield return s.Name;
            yield return s.Role;
        }
        yield return letter.Meeting.Location;
        foreach (string p in letter.Introduction)
        {
            yield return p;
        }
        foreach (var session in letter.Sessions)
        {
            yield return session.Title;
            foreach (string p in session.Paragraphs.Concat(session.Footnotes.Select(f => f.Text)))
            {
                yield return p;
            }
            foreach (var item in session.Items)
            {
                yield return item.Heading;
                foreach (string p in item.Paragraphs.Concat(item.Footnotes.Select(f => f.Text)))
                {
                    yield return p;
                }
            }
        }
        foreach (var a in letter.Attachments)
        {
            yield return a.Title;
            foreach (string p in a.Paragraphs)
            {
                yield return p;
            }
        }
    }
}
