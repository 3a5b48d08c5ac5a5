using System.Net;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Dom;

namespace Agendas.Web.Tests.Documents;

/// <summary>A letter's page (/documenten/{slug}) as a test reads it.</summary>
public sealed class DocumentPage(FetchedPage page)
{
    public FetchedPage Page { get; } = page;

    public HttpStatusCode Status => Page.Status;

    public static async Task<DocumentPage> LoadAsync(HttpClient client, string slug) =>
        new(await FetchedPage.GetAsync(client, $"/documenten/{slug}"));

    /// <summary>The value (<c>dd</c>) of a metadata field by its Dutch label (<c>dt</c>).</summary>
    public IElement? Field(string label) => Page.Main
        .QuerySelectorAll(Selectors.Labels)
        .FirstOrDefault(dt => dt.TextContent.Trim() == label)?
        .NextElementSibling;

    public string FieldText(string label) => FetchedPage.Text(Field(label));

    public IElement? SourceText => Page.Main.QuerySelector(Selectors.SourceText);

    public IReadOnlyList<(string Line, string Code, string Message)> Warnings => [.. Page.Main.QuerySelectorAll(Selectors.WarningRows).Select(r => (
        FetchedPage.Text(r.QuerySelector(".warning-line")),
        FetchedPage.Text(r.QuerySelector(".warning-code")),
        FetchedPage.Text(r.QuerySelector(".warning-message"))))];

    public static class Selectors
    {
        public const string Labels = "dl.document-meta dt";
        public const string SourceText = "pre.source-text";
        public const string WarningRows = "table.parser-warnings tbody tr";
        public const string NoWarnings = ".no-warnings";
    }
}
