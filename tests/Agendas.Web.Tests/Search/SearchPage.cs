using System.Net;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Dom;

namespace Agendas.Web.Tests.Search;

/// <summary>/zoeken as a test reads it: selectors in one place, content as plain values.</summary>
public sealed class SearchPage(FetchedPage page)
{
    public FetchedPage Page { get; } = page;

    public HttpStatusCode Status => Page.Status;

    public static async Task<SearchPage> LoadAsync(HttpClient client, string queryString) =>
        new(await FetchedPage.GetAsync(client, "/zoeken" + queryString));

    public static string Q(string query) => "?q=" + Uri.EscapeDataString(query);

    public IElement? Form => Page.Main.QuerySelector(Selectors.Form);

    public string QueryValue => Page.Main.QuerySelector(Selectors.QueryInput)?.GetAttribute("value") ?? "";

    public string Message => FetchedPage.Text(Page.Main.QuerySelector(Selectors.Message));

    public string Count => FetchedPage.Text(Page.Main.QuerySelector(Selectors.Count));

    public IReadOnlyList<Result> Results => [.. Page.Main.QuerySelectorAll(Selectors.Result).Select(r => new Result(
        r.QuerySelector("time")?.GetAttribute("datetime") ?? "",
        FetchedPage.Text(r.QuerySelector(Selectors.Context)),
        FetchedPage.Text(r.QuerySelector(Selectors.Heading)),
        r.QuerySelector(Selectors.Heading + " a")?.GetAttribute("href") ?? "",
        r.QuerySelector(Selectors.Snippet),
        r))];

    /// <summary>Facet links of one facet (<c>jaar</c>, <c>onderwerp</c>, <c>raad</c>, <c>soort</c>): label, count, href.</summary>
    public IReadOnlyList<(string Label, int Count, string Href)> Facet(string name) => [.. Page.Main
        .QuerySelectorAll($"[data-facet='{name}'] li")
        .Where(li => li.QuerySelector(".facet-count") is not null)
        .Select(li => (
            FetchedPage.Text(li.QuerySelector("a")),
            int.Parse(li.QuerySelector(".facet-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
            li.QuerySelector("a")!.GetAttribute("href")!))];

    public IReadOnlyList<(string Slug, string Name, string Href, string Count)> Topics => [.. Page.Main
        .QuerySelectorAll(Selectors.Topic)
        .Select(li => (
            li.GetAttribute("data-topic") ?? "",
            FetchedPage.Text(li.QuerySelector(".topic-suggestion-link")),
            li.QuerySelector(".topic-suggestion-link")?.GetAttribute("href") ?? "",
            FetchedPage.Text(li.QuerySelector(".topic-suggestion-count"))))];

    public IReadOnlyList<(string Title, string Href)> Letters => [.. Page.Main
        .QuerySelectorAll(".letter-hit a")
        .Select(a => (FetchedPage.Text(a), a.GetAttribute("href") ?? ""))];

    public string? NextPage => Page.Main.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href");

    public sealed record Result(string Date, string Context, string Heading, string Href, IElement? Snippet, IElement Element)
    {
        public IReadOnlyList<string> Marks => [.. Element.QuerySelectorAll("mark").Select(m => m.TextContent)];
    }

    public static class Selectors
    {
        public const string Form = "form.search-page-form[role=search]";
        public const string QueryInput = "#zoeken-q";
        public const string Message = ".search-message";
        public const string Count = ".result-count";
        public const string Result = ".search-result";
        public const string Context = ".result-context";
        public const string Heading = ".result-heading";
        public const string Snippet = ".result-snippet";
        public const string Topic = ".topic-suggestion";
    }
}
