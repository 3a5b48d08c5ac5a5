using System.Net;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Dom;

namespace Agendas.Web.Tests.Topics;

/// <summary>A topic page as a test reads it: its selectors in one place, its content as plain values.</summary>
public sealed class TopicPage(FetchedPage page)
{
    public FetchedPage Page { get; } = page;

    public HttpStatusCode Status => Page.Status;

    public static async Task<TopicPage> LoadAsync(HttpClient client, string slug) =>
        new(await FetchedPage.GetAsync(client, $"/onderwerpen/{slug}"));

    /// <summary>The years of the timeline, in page order.</summary>
    public IReadOnlyList<int> Years => [.. Page.Main.QuerySelectorAll(Selectors.Year).Select(y => int.Parse(y.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture))];

    public IReadOnlyList<TimelineEntry> Entries => [.. Page.Main.QuerySelectorAll(Selectors.Entry).Select(e => new TimelineEntry(
        e.QuerySelector(Selectors.EntryDate)?.GetAttribute("datetime") ?? "",
        e.QuerySelector(Selectors.EntryMeetingLink)?.GetAttribute("href") ?? "",
        FetchedPage.Text(e.QuerySelector(Selectors.EntrySession)),
        FetchedPage.Text(e.QuerySelector(Selectors.EntryHeading)),
        e.QuerySelector(Selectors.EntryLink)?.GetAttribute("href") ?? "",
        FetchedPage.Text(e.QuerySelector(Selectors.EntryExcerpt)),
        e.QuerySelector(Selectors.EntryExcerpt)))];

    public IElement? Chart => Page.Main.QuerySelector(Selectors.Chart);

    /// <summary>The bars of the chart: year and count as the SVG carries them.</summary>
    public IReadOnlyList<(int Year, int Count)> Bars => [.. Page.Main.QuerySelectorAll(Selectors.Bar).Select(b => (
        int.Parse(b.GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(b.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>The chart's numbers as the table for screen readers gives them.</summary>
    public IReadOnlyList<(int Year, int Count)> ChartTable => [.. Page.Main.QuerySelectorAll(Selectors.ChartTableRows).Select(r => (
        int.Parse(r.QuerySelector("th")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(r.QuerySelector("td")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)))];

    public IReadOnlyList<RelatedTopic> Related => [.. Page.Main.QuerySelectorAll(Selectors.Related).Select(li => new RelatedTopic(
        li.QuerySelector("a")?.GetAttribute("href") ?? "",
        FetchedPage.Text(li.QuerySelector("a")),
        FetchedPage.Text(li.QuerySelector(".related-count"))))];

    public static class Selectors
    {
        public const string Year = ".timeline-year h3";
        public const string Entry = ".timeline-entry";
        public const string EntryDate = ".entry-meeting time";
        public const string EntryMeetingLink = "a.entry-meeting";
        public const string EntrySession = ".entry-session";
        public const string EntryHeading = ".entry-heading";
        public const string EntryLink = ".entry-heading a";
        public const string EntryExcerpt = ".entry-excerpt";
        public const string Chart = "figure.year-chart svg";
        public const string Bar = "figure.year-chart svg g.chart-bar";
        public const string ChartTableRows = "figure.year-chart table tbody tr";
        public const string Related = ".related-topics li";
    }
}

/// <summary>One entry of the timeline.</summary>
public sealed record TimelineEntry(string MeetingDate, string MeetingHref, string Session, string Heading, string Href, string Excerpt, IElement? ExcerptElement);

/// <summary>One related topic with its count as the page words it.</summary>
public sealed record RelatedTopic(string Href, string Name, string Count);
