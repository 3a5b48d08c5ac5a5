using System.Text;
using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Core.Tests.Gold;

/// <summary>
/// How parsed text is compared with the gold: whitespace collapsed, Markdown backslash-escapes removed and
/// <c>*</c>/<c>_</c> emphasis markers dropped, exactly as <c>shared/tools/score_parse.py</c> does.
/// </summary>
public static partial class TextForms
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|~])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"(?<!\w)[*_]+|[*_]+(?!\w)")]
    private static partial Regex Emphasis();

    /// <summary>Whitespace collapsed to single spaces and trimmed; null stays null.</summary>
    public static string? Norm(string? text) => text is null ? null : Whitespace().Replace(text, " ").Trim();

    /// <summary>Markdown written by the importer, read back as plain text.</summary>
    public static string Clean(string? markdown)
    {
        string text = Norm(markdown) ?? "";
        text = MarkdownEscape().Replace(text, "$1");
        return Emphasis().Replace(text, "");
    }

    /// <summary>The body paragraphs: introduction, then per session its paragraphs and its items' paragraphs.</summary>
    public static IReadOnlyList<string> RawBodyParagraphs(ParsedLetter letter)
    {
        var parts = new List<string>(letter.Introduction);
        foreach (var s in letter.Sessions)
        {
            parts.AddRange(s.Paragraphs);
            foreach (var i in s.Items)
            {
                parts.AddRange(i.Paragraphs);
            }
        }
        return parts;
    }

    /// <summary>Each body paragraph, cleaned (for "inside one paragraph" checks).</summary>
    public static IReadOnlyList<string> BodyParagraphs(ParsedLetter letter) => RawBodyParagraphs(letter).Select(Clean).ToList();

    /// <summary>The whole body as score_parse.py builds it: paragraphs joined by a space, then cleaned.</summary>
    public static string Body(ParsedLetter letter) => Clean(string.Join(' ', RawBodyParagraphs(letter)));

    /// <summary>A run of paragraphs as one cleaned text.</summary>
    public static string Joined(IEnumerable<string> paragraphs) => Clean(string.Join(' ', paragraphs));

    /// <summary>
    /// Letter text with everything layout may change removed (whitespace, hyphens, digits, footnote markers,
    /// Markdown emphasis and escapes): used to check that the gold quotes the letter.
    /// </summary>
    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsDigit(c) || c is '-' or '\u00AD' or '\u2010' or '*' or '\\' or '¹' or '²' or '³')
            {
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A short quotation of <paramref name="text"/> for messages.</summary>
    public static string Quote(string? text, int max = 160)
    {
        if (text is null)
        {
            return "null";
        }
        return text.Length <= max ? $"\"{text}\"" : $"\"{text[..max]}…\"";
    }

    /// <summary>
    /// Where the body comes closest to <paramref name="needle"/>: the longest run of its first (or last) words
    /// found in <paramref name="haystack"/>, quoted with what follows (or precedes) it there.
    /// </summary>
    public static string Closest(string haystack, string needle)
    {
        string[] words = needle.Split(' ');
        for (int k = words.Length - 1; k >= 2; k--)
        {
            string head = string.Join(' ', words[..k]);
            int at = haystack.IndexOf(head, StringComparison.Ordinal);
            if (at >= 0)
            {
                int length = Math.Min(haystack.Length - at, needle.Length + 20);
                return $"closest: \"{haystack.Substring(at, length)}…\"";
            }
            string tail = string.Join(' ', words[^k..]);
            at = haystack.IndexOf(tail, StringComparison.Ordinal);
            if (at >= 0)
            {
                int end = at + tail.Length;
                int start = Math.Max(0, end - needle.Length - 20);
                return $"closest: \"…{haystack[start..end]}\"";
            }
        }
        return "not even two of its words in a row";
    }

    /// <summary>Where <paramref name="needle"/> occurs in <paramref name="haystack"/>, with some context.</summary>
    public static string Context(string haystack, string needle)
    {
        int at = haystack.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }
        int start = Math.Max(0, at - 40);
        int end = Math.Min(haystack.Length, at + needle.Length + 40);
        return $"\"…{haystack[start..end]}…\"";
    }
}
