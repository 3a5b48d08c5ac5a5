using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>A footnote's text as found at the foot of a page, and where its marker sits in the body.</summary>
internal sealed record FootnoteText(int Number, string Text, int Line, int MarkerLine);

/// <summary>
/// Footnotes in PDF text: a marker glued to a word or punctuation ("14 april1 stelde", "coalitietroepen.¹")
/// and, at the foot of the page, a block of lines "1 https://…" that interrupts the paragraph.
/// A footnote line counts only when a marker with its number stands in the body before it, so numbered
/// points and figures are not mistaken for footnotes. Markers are removed from the body lines.
/// </summary>
internal static partial class Footnotes
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    // A marker: digits glued to a lower-case word or to closing punctuation, not part of a number or acronym.
    [GeneratedRegex(@"(?<=[\p{Ll}]{2}|[\p{Ll}][.,;:)»”’])(?<n>\d{1,2})(?=[\s.,;:)»”’]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedMarker();

    [GeneratedRegex(@"(?<=[\p{L}.,;:)»”’])(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SuperscriptMarker();

    [GeneratedRegex(@"^(?<n>\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex UrlOnly();

    /// <summary>
    /// Finds footnote blocks, marks their lines (and the URL debris after them), and strips the markers from
    /// <paramref name="text"/> (the body line texts, edited in place).
    /// </summary>
    public static List<FootnoteText> Extract(SourceLine[] lines, LineRole[] roles, string[] text)
    {
        var notes = new List<FootnoteText>();
        // Markers seen so far, by number: (line index, match index, length), in reading order.
        var pending = new Dictionary<int, (int Line, int Index, int Length)>();
        var found = new List<(int Line, int Index, int Length)>();
        int i = 0;
        while (i < lines.Length)
        {
            if (roles[i] != LineRole.Body || lines[i].IsBlank)
            {
                i++;
                continue;
            }
            var start = FootnoteStart().Match(text[i]);
            bool afterBreak = i == 0 || lines[i - 1].IsBlank || roles[i - 1] is LineRole.Footnote or LineRole.Footer or LineRole.PageNumber;
            if (start.Success && afterBreak && Number(start.Groups["n"].Value) is int n && pending.TryGetValue(n, out var marker))
            {
                i = ReadFootnote(lines, roles, i, n, start.Groups["text"].Value, lines[marker.Line].Number, notes);
                found.Add(marker);
                pending.Remove(n);
                continue;
            }
            CollectMarkers(text[i], i, pending, notes.Count == 0 ? 0 : notes[^1].Number);
            i++;
        }
        // Strip the markers whose footnote was found, right to left so earlier positions stay valid;
        // a marker without a footnote stays (it may be part of a number).
        foreach (var (line, index, length) in found.OrderBy(f => f.Line).ThenByDescending(f => f.Index))
        {
            text[line] = text[line].Remove(index, length);
        }
        return notes;
    }

    private static int ReadFootnote(SourceLine[] lines, LineRole[] roles, int i, int n, string first, int markerLine, List<FootnoteText> notes)
    {
        string body = first.Trim();
        int startLine = lines[i].Number;
        roles[i] = LineRole.Footnote;
        int j = i + 1;
        // Continuation lines: not indented (an indent starts the next page), the note not yet ended by a full stop.
        while (j < lines.Length && roles[j] == LineRole.Body && !lines[j].IsBlank && !lines[j].Indented
               && !FootnoteStart().IsMatch(lines[j].Text) && !SourceLines.EndsSentence(body))
        {
            body += " " + lines[j].Text;
            roles[j] = LineRole.Footnote;
            j++;
        }
        notes.Add(new FootnoteText(n, body, startLine, markerLine));

        // PDF extraction often repeats a footnote's link on a line of its own after the block.
        int k = j;
        while (k < lines.Length && (lines[k].IsBlank || (roles[k] == LineRole.Body && UrlOnly().IsMatch(lines[k].Text) && body.Contains(lines[k].Text, StringComparison.Ordinal))))
        {
            if (!lines[k].IsBlank)
            {
                roles[k] = LineRole.Debris;
                j = k + 1;
            }
            k++;
        }
        return j;
    }

    private static void CollectMarkers(string line, int index, Dictionary<int, (int, int, int)> pending, int lastNumber)
    {
        foreach (Match m in GluedMarker().Matches(line))
        {
            int n = Number(m.Groups["n"].Value) ?? 0;
            // Footnotes are numbered in reading order: accept only the next few numbers.
            if (n > lastNumber && n <= lastNumber + 3 && !pending.ContainsKey(n))
            {
                pending[n] = (index, m.Index, m.Length);
            }
        }
        foreach (Match m in SuperscriptMarker().Matches(line))
        {
            int n = Number(m.Groups["n"].Value) ?? 0;
            if (n > 0 && !pending.ContainsKey(n))
            {
                pending[n] = (index, m.Index, m.Length);
            }
        }
    }

    private static int? Number(string digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : Superscripts.IndexOf(c, StringComparison.Ordinal);
            if (d < 0)
            {
                return null;
            }
            value = (value * 10) + d;
        }
        return value;
    }
}
