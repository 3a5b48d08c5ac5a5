using System.Text;
using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>
/// Paragraphs are Markdown written by the importer: a character of the letter that Markdown would read as
/// markup is backslash-escaped, so the page shows what the letter says. Emphasis the source already marks
/// with <c>*…*</c> is kept.
/// </summary>
internal static partial class MarkdownEscaper
{
    [GeneratedRegex(@"(?<![\p{L}\p{N}*\\])\*(?=[^\s*])[^*\n]*?(?<=[^\s*])\*(?![\p{L}\p{N}*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?<n>\d{1,9})(?<d>[.)])(?=\s|$)")]
    private static partial Regex OrderedListStart();

    public static string Escape(string text)
    {
        var keep = new bool[text.Length];
        foreach (Match m in Emphasis().Matches(text))
        {
            keep[m.Index] = true;
            keep[m.Index + m.Length - 1] = true;
        }
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool escape = c switch
            {
                '\\' or '`' or '[' or ']' or '<' or '>' => true,
                '*' => !keep[i],
                // An underscore inside a word cannot open emphasis (CommonMark), so URLs stay readable.
                '_' => !(i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])),
                '&' => Regex.IsMatch(text.AsSpan(i), @"^&#?\w+;"),
                '#' or '+' or '-' or '=' or '|' or '~' => i == 0,
                _ => false,
            };
            if (escape)
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        string result = sb.ToString();
        // "1. We are meeting" would become a list renumbered by Markdown: keep the letter's number.
        return OrderedListStart().Replace(result, "${n}\\${d}");
    }
}
