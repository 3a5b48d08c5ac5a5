using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests.Pages;

/// <summary>The home page as a test reads it: its selectors in one place, its content as plain values.</summary>
public sealed class HomePage(IHtmlDocument document)
{
    public IHtmlDocument Document { get; } = document;

    public static async Task<HomePage> LoadAsync(HttpClient client)
    {
        string html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        return new HomePage(new HtmlParser().ParseDocument(html));
    }

    public IReadOnlyList<MeetingRow> Meetings => [.. Document.QuerySelectorAll(Selectors.MeetingRows).Select(row => new MeetingRow(
        row.Id ?? "",
        Text(row, Selectors.Dates),
        row.QuerySelector(Selectors.Dates + " time")?.GetAttribute("datetime") ?? "",
        Text(row, Selectors.Council),
        Text(row, Selectors.Place),
        Text(row, Selectors.Letters)))];

    public IHtmlFormElement? SearchForm => Document.QuerySelector<IHtmlFormElement>(Selectors.SearchForm);

    private static string Text(IElement row, string selector) => row.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static class Selectors
    {
        public const string MeetingRows = "table.meetings tbody tr";
        public const string Dates = ".meeting-dates";
        public const string Council = ".meeting-council";
        public const string Place = ".meeting-place";
        public const string Letters = ".meeting-letters";
        public const string SearchForm = "form[role=search]";
        public const string SkipLink = "a.skip-link";
    }
}

/// <summary>One row of the meetings table.</summary>
public sealed record MeetingRow(string Slug, string Dates, string StartDate, string Council, string Place, string Letters);
