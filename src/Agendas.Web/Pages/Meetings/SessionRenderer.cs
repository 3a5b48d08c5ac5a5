using System.Text.Encodings.Web;
using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Web.Rendering;
using Microsoft.AspNetCore.Html;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// Turns the stored text of a session into the HTML of its page, and hands out the anchors memos link to: an item's
/// id is its slug, a paragraph's <c>{item}-p{n}</c>, footnotes <c>voetnoot-{n}</c> with a way back to their marker.
/// When agenda and report share a page, the report keeps its item slugs unless the agenda uses one already (then
/// <c>achteraf-{slug}</c>), and footnote ids carry the part's name, because both letters number their notes from 1.
/// </summary>
internal static class SessionRenderer
{
    /// <summary>What a report item's anchor starts with when the agenda on the same page has an item of that slug.</summary>
    public const string ReportAnchorPrefix = "achteraf-";

    public static IReadOnlyList<RenderedPart> Render(IReadOnlyList<SessionRow> sessions, TopicVocabulary vocabulary)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        bool twoParts = sessions.Count > 1;
        var parts = new List<RenderedPart>();
        foreach (var session in sessions)
        {
            string part = session.Kind == DocumentKind.Report ? "achteraf" : "vooraf";
            parts.Add(RenderPart(session, twoParts ? part : null, vocabulary, used));
        }
        return parts;
    }

    private static RenderedPart RenderPart(SessionRow session, string? part, TopicVocabulary vocabulary, HashSet<string> used)
    {
        string notePrefix = part is null ? "" : part + "-";
        string Unique(string id)
        {
            string candidate = used.Contains(id) && part is not null ? $"{part}-{id}" : id;
            for (int n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }
            return candidate;
        }

        var footnotes = new List<RenderedFootnote>();
        string Markers(IReadOnlyList<FootnoteRow> notes)
        {
            var html = new System.Text.StringBuilder();
            foreach (var note in notes)
            {
                string id = Unique($"{notePrefix}voetnoot-{note.Number}");
                string back = Unique($"{id}-terug");
                html.Append($"<sup class=\"footnote-marker\"><a class=\"footnote-ref\" id=\"{Encode(back)}\" href=\"#{Encode(id)}\">" +
                    $"<span class=\"visually-hidden\">voetnoot </span>{note.Number}</a></sup>");
                footnotes.Add(new RenderedFootnote(note.Number, id, LetterMarkdown.Render(note.Text, new CrossLinker(null, []),
                    appendHtml: $" <a class=\"footnote-back\" href=\"#{Encode(back)}\">terug naar de tekst</a>")));
            }
            return html.ToString();
        }

        var sessionParagraphs = RenderParagraphs(
            session.Paragraphs, $"{notePrefix}sessie-tekst", new CrossLinker(vocabulary.Tagger, session.Topics), Markers(session.Footnotes), Unique);
        var items = session.Items.Select(item =>
        {
            string id = Unique(item.Slug);
            var paragraphs = RenderParagraphs(item.Paragraphs, id, new CrossLinker(vocabulary.Tagger, item.Topics), Markers(item.Footnotes), Unique);
            return new RenderedItem(id, item.Heading, paragraphs, Chips(item.Topics, vocabulary));
        }).ToList();

        return new RenderedPart(
            part,
            session.Kind,
            session.DocumentSlug,
            session.DocumentTitle,
            sessionParagraphs,
            Chips(session.Topics, vocabulary),
            items,
            [.. footnotes.OrderBy(f => f.Number)]);
    }

    /// <summary>
    /// Each stored paragraph with its anchor <c>{owner}-p{n}</c>; the footnote markers go after the last one, because
    /// the importer keeps which item a note belongs to, not where in the text its marker stood.
    /// </summary>
    private static List<HtmlString> RenderParagraphs(
        IReadOnlyList<string> paragraphs, string owner, CrossLinker links, string markers, Func<string, string> unique)
    {
        var html = new List<HtmlString>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            bool last = i == paragraphs.Count - 1;
            html.Add(LetterMarkdown.Render(paragraphs[i], links, unique($"{owner}-p{i + 1}"), last && markers.Length > 0 ? markers : null));
        }
        if (paragraphs.Count == 0 && markers.Length > 0)
        {
            html.Add(LetterMarkdown.Render("", links: null, appendHtml: markers));
        }
        return html;
    }

    private static IReadOnlyList<TopicChip> Chips(IReadOnlyList<string> slugs, TopicVocabulary vocabulary) =>
        [.. slugs.Distinct(StringComparer.Ordinal).Select(s => new TopicChip(s, vocabulary.Find(s)?.Dutch ?? s))];

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}

/// <summary>One letter's part of a session page; <see cref="Part"/> is <c>vooraf</c> or <c>achteraf</c> when there are two.</summary>
internal sealed record RenderedPart(
    string? Part,
    DocumentKind Kind,
    string DocumentSlug,
    string DocumentTitle,
    IReadOnlyList<HtmlString> Paragraphs,
    IReadOnlyList<TopicChip> Topics,
    IReadOnlyList<RenderedItem> Items,
    IReadOnlyList<RenderedFootnote> Footnotes)
{
    /// <summary>The label of a part: <c>Vooraf: de geannoteerde agenda</c>, <c>Achteraf: het verslag</c>.</summary>
    public string? Label => Part switch
    {
        "vooraf" => "Vooraf: de geannoteerde agenda",
        "achteraf" => "Achteraf: het verslag",
        _ => null,
    };

    public string DocumentHref => Data.Import.SitePaths.Document(DocumentSlug);
}

internal sealed record RenderedItem(string Id, string Heading, IReadOnlyList<HtmlString> Paragraphs, IReadOnlyList<TopicChip> Topics);

internal sealed record RenderedFootnote(int Number, string Id, HtmlString Text);

/// <summary>A topic as a small link under a heading.</summary>
internal sealed record TopicChip(string Slug, string Name)
{
    public string Href => CrossLinker.TopicHref(Slug);
}
