using System.Net;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Dom;

namespace Agendas.Web.Tests.Meetings;

/// <summary>A session page as a test reads it: its selectors in one place, its content as plain values.</summary>
public sealed class SessionPage(FetchedPage page)
{
    public FetchedPage Page { get; } = page;

    public HttpStatusCode Status => Page.Status;

    public static async Task<SessionPage> LoadAsync(HttpClient client, string meeting, int number) =>
        new(await FetchedPage.GetAsync(client, $"/vergaderingen/{meeting}/sessie-{number}"));

    public IReadOnlyList<string> Breadcrumbs => [.. Page.Main.QuerySelectorAll(Selectors.Breadcrumbs).Select(a => FetchedPage.Text(a))];

    public string? Permalink => Page.Main.QuerySelector(Selectors.Permalink)?.GetAttribute("href");

    public string Citation => FetchedPage.Text(Page.Main.QuerySelector(Selectors.Citation));

    public IElement? CopyButton => Page.Main.QuerySelector(Selectors.CopyButton);

    /// <summary>The items in page order: anchor id, heading text.</summary>
    public IReadOnlyList<(string Id, string Heading)> Items => [.. Page.Main.QuerySelectorAll(Selectors.Item).Select(i => (
        i.Id ?? "", FetchedPage.Text(i.QuerySelector("h2, h3"))))];

    public IElement? Item(string id) => Page.Main.QuerySelector($"{Selectors.Item}#{id}");

    /// <summary>The ids of an item's paragraphs, in order.</summary>
    public IReadOnlyList<string> ParagraphIds(string itemId) =>
        [.. (Item(itemId)?.QuerySelectorAll("[id]").AsEnumerable() ?? []).Select(e => e.Id ?? "").Where(id => id.StartsWith(itemId + "-p", StringComparison.Ordinal))];

    public IReadOnlyList<string> TopicLinks(string itemId) =>
        [.. (Item(itemId)?.QuerySelectorAll(Selectors.TopicLink).AsEnumerable() ?? []).Select(a => a.GetAttribute("href") ?? "")];

    public IReadOnlyList<string> PartLabels => [.. Page.Main.QuerySelectorAll(Selectors.PartLabel).Select(FetchedPage.Text)];

    public string? PreviousHref => Page.Main.QuerySelector(Selectors.Previous)?.GetAttribute("href");

    public string? NextHref => Page.Main.QuerySelector(Selectors.Next)?.GetAttribute("href");

    public static class Selectors
    {
        public const string Breadcrumbs = "nav.breadcrumbs[aria-label=Kruimelpad] li a";
        public const string Permalink = "p.permalink a";
        public const string Citation = "section.citation #citaat";
        public const string CopyButton = "section.citation button#kopieer-citaat";
        public const string Item = "section.item";
        public const string TopicLink = "a.topic-link";
        public const string KamerstukLink = "a.kamerstuk-link";
        public const string FootnoteRef = "a.footnote-ref";
        public const string Footnote = "ol.footnotes li";
        public const string FootnoteBack = "a.footnote-back";
        public const string PartLabel = ".session-part .part-label";
        public const string Chips = "ul.topic-chips a";
        public const string Previous = "nav.session-nav a[rel=prev]";
        public const string Next = "nav.session-nav a[rel=next]";
    }
}
