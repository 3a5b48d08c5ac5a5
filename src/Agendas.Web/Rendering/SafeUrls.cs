using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Agendas.Web.Rendering;

/// <summary>
/// Neutralises links and images whose address is not http, https or mailto. Markdig passes <c>javascript:</c>,
/// <c>data:</c> and <c>vbscript:</c> URLs through untouched (setup.md), so the syntax tree is cleaned before it is
/// rendered: a bad link keeps its text without the link, a bad image becomes its alternative text.
/// </summary>
internal static class SafeUrls
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// True for an absolute http, https or mailto address. Browsers ignore tabs and line breaks inside a URL and
    /// decode entities before they look at the scheme, so any control character or white space refuses it outright.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && AllowedSchemes.Contains(uri.Scheme, StringComparer.Ordinal)
            && url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);
    }

    public static void Clean(MarkdownDocument document)
    {
        // Materialised first: the loop changes the tree it walks.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowed(link.Url))
            {
                Replace(link, link.IsImage ? [new LiteralInline(PlainText(link))] : [.. link]);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            string url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsAllowed(url))
            {
                Replace(autolink, [new LiteralInline(autolink.Url)]);
            }
        }
    }

    /// <summary>Puts <paramref name="replacements"/> where <paramref name="inline"/> stood.</summary>
    private static void Replace(Inline inline, IReadOnlyList<Inline> replacements)
    {
        Inline anchor = inline;
        foreach (var replacement in replacements)
        {
            replacement.Remove();
            anchor.InsertAfter(replacement);
            anchor = replacement;
        }
        inline.Remove();
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
