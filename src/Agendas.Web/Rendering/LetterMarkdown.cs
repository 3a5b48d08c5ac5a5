using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Agendas.Web.Rendering;

/// <summary>
/// The one Markdig pipeline for letter text (paragraphs and footnotes as the importer stored them). Letter text is
/// untrusted: raw HTML is disabled (it shows as text), no extension is enabled (generic attributes would let
/// <c>{onclick=…}</c> through), and links and images keep only http, https and mailto addresses.
/// </summary>
internal static class LetterMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Renders Markdown as safe HTML, without cross-links.</summary>
    public static HtmlString Render(string markdown) => Render(markdown, links: null);

    /// <summary>
    /// Renders Markdown as safe HTML; <paramref name="links"/> adds topic and Kamerstuk links to its text,
    /// <paramref name="id"/> becomes the id of the first block (a paragraph's permalink anchor), and
    /// <paramref name="appendHtml"/> (markup of our own, e.g. a footnote marker) goes at the end of the last paragraph.
    /// </summary>
    public static HtmlString Render(string markdown, CrossLinker? links, string? id = null, string? appendHtml = null)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        SafeUrls.Clean(document);
        links?.Link(document);
        if (id is not null && document.Count > 0)
        {
            document[0].GetAttributes().Id = id;
        }
        if (appendHtml is not null)
        {
            if (document.Descendants<ParagraphBlock>().LastOrDefault() is { Inline: { } inline })
            {
                inline.AppendChild(new HtmlInline(appendHtml));
            }
            else
            {
                var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
                paragraph.Inline.AppendChild(new HtmlInline(appendHtml));
                document.Add(paragraph);
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(writer.ToString());
    }
}
