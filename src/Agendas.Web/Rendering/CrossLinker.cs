using Markdig.Renderers.Html;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Agendas.Web.Rendering;

/// <summary>
/// Adds links to the text of one item (or one session without items), on the Markdig syntax tree: the first
/// mention of another topic links to its page, and every Kamerstuk citation links to its official publication.
/// Only plain text is linked: never inside a link or a heading, never the item's own topics, each topic once per
/// item. One instance serves all paragraphs of an item, so "once" holds across them.
/// </summary>
internal sealed class CrossLinker
{
    private readonly TopicTagger? _tagger;
    private readonly HashSet<string> _done;

    /// <param name="tagger">The topic vocabulary's tagger; null links Kamerstukken only.</param>
    /// <param name="ownTopics">The item's own topics: not linked, the reader is on them already.</param>
    public CrossLinker(TopicTagger? tagger, IEnumerable<string> ownTopics)
    {
        _tagger = tagger;
        _done = new HashSet<string>(ownTopics, StringComparer.Ordinal);
    }

    public static string TopicHref(string slug) => $"/onderwerpen/{Uri.EscapeDataString(slug)}";

    public void Link(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<ContainerInline>().ToList())
        {
            MergeLiterals(container);
        }
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (!IsInsideLinkOrHeading(literal))
            {
                LinkLiteral(literal);
            }
        }
    }

    /// <summary>
    /// Markdig splits text at escaped characters ("28 676\, nr." as the escaper may write it) into separate literals;
    /// joined, a mention that spans them is found. A literal renders as its encoded text, so joining changes nothing.
    /// </summary>
    private static void MergeLiterals(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (child is LiteralInline literal && literal.NextSibling is LiteralInline next)
            {
                literal.Content = new Markdig.Helpers.StringSlice(literal.Content.ToString() + next.Content.ToString());
                next.Remove();
                continue;
            }
            child = child.NextSibling;
        }
    }

    private static bool IsInsideLinkOrHeading(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
            if (parent.ParentBlock is HeadingBlock)
            {
                return true;
            }
        }
        return false;
    }

    private void LinkLiteral(LiteralInline literal)
    {
        string text = literal.Content.ToString();
        var links = new List<(int Index, int Length, string Href, string Kind)>();
        foreach (var citation in KamerstukCitations.Find(text))
        {
            links.Add((citation.Index, citation.Length, Pages.Documents.KamerstukNumber.Url(citation.Numbers[0]), "kamerstuk"));
        }
        if (_tagger is not null)
        {
            foreach (var mention in _tagger.Mentions(text))
            {
                bool overlaps = links.Any(l => mention.Index < l.Index + l.Length && l.Index < mention.Index + mention.Length);
                if (!overlaps && _done.Add(mention.Slug))
                {
                    links.Add((mention.Index, mention.Length, TopicHref(mention.Slug), "onderwerp"));
                }
            }
        }
        if (links.Count == 0)
        {
            return;
        }
        Inline anchor = literal;
        int position = 0;
        foreach (var (index, length, href, kind) in links.OrderBy(l => l.Index))
        {
            anchor = Insert(anchor, new LiteralInline(text[position..index]));
            var link = new LinkInline(href, "");
            link.AppendChild(new LiteralInline(text.Substring(index, length)));
            link.GetAttributes().AddClass(kind == "kamerstuk" ? "kamerstuk-link" : "topic-link");
            anchor = Insert(anchor, link);
            position = index + length;
        }
        Insert(anchor, new LiteralInline(text[position..]));
        literal.Remove();
    }

    private static Inline Insert(Inline after, Inline inline)
    {
        after.InsertAfter(inline);
        return inline;
    }
}
