using System.Text;
using Markdig;

namespace Agendas.Data.Text;

/// <summary>
/// Letter paragraphs (Markdown written by the importer) as plain text, for excerpts and for finding topic mentions
/// (the importer stores them, <see cref="Import.TopicMentions"/>; the web app shows excerpts).
/// Raw HTML is disabled, so a tag in a letter comes out as its literal characters; Razor encodes the result.
/// </summary>
public static class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The text without escapes or markup, whitespace collapsed to single spaces.</summary>
    public static string FromMarkdown(string markdown)
    {
        string text = Markdown.ToPlainText(markdown, Pipeline);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The first <paramref name="maxLength"/> characters or so of the text, cut at a word boundary with an ellipsis,
    /// so that a timeline entry shows the item's first lines rather than a whole paragraph.
    /// </summary>
    public static string Excerpt(string markdown, int maxLength = 280)
    {
        string text = FromMarkdown(markdown);
        if (text.Length <= maxLength)
        {
            return text;
        }
        int cut = text.LastIndexOf(' ', maxLength);
        return $"{text[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', ' ')}\u2026";
    }
}
