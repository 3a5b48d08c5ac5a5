using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests.Infrastructure;

/// <summary>A response parsed as HTML, with its status: what the page tests assert on.</summary>
public sealed record FetchedPage(HttpStatusCode Status, IHtmlDocument Document)
{
    public static async Task<FetchedPage> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();
        return new FetchedPage(response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    public IElement Main => Document.QuerySelector("main") ?? throw new InvalidOperationException("The page has no <main>.");

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>The search form inside the page's content (not the one in the header).</summary>
    public IHtmlFormElement? ContentSearchForm => Main.QuerySelector<IHtmlFormElement>("form[role=search]");

    /// <summary>Text with runs of whitespace (Razor's indentation) collapsed to one space.</summary>
    public static string Text(IElement? element) =>
        element is null ? "" : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
