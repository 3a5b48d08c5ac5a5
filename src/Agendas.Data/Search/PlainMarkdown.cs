using System.Text;

namespace Agendas.Data.Search;

/// <summary>
/// The importer's Markdown (see <c>MarkdownEscaper</c>) back to the letter's words, for search: backslash escapes
/// undone, emphasis asterisks and list markers dropped. Only this Markdown, which never carries links or HTML,
/// needs reading here; the web app renders paragraphs with Markdig.
/// </summary>
internal static class PlainMarkdown
{
    public static string ToText(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        foreach (string rawLine in markdown.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                line = trimmed[2..];
            }
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '\\' && i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) == false && line[i + 1] < 128)
                {
                    sb.Append(line[++i]);
                }
                else if (c != '*')
                {
                    sb.Append(c);
                }
            }
        }
        return sb.ToString();
    }
}
