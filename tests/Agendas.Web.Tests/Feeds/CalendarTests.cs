using System.Net;
using Agendas.Web.Tests.Infrastructure;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace Agendas.Web.Tests.Feeds;

/// <summary>The meeting calendar over the five seeds, read back with Ical.Net.</summary>
public sealed class CalendarTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public CalendarTests(AgendasAppFactory app, ITestOutputHelper output)
    {
        _app = app;
        _app.Logs.Output = output;
        _client = app.CreateClient();
    }

    public void Dispose()
    {
        _app.Logs.Output = null;
        _client.Dispose();
    }

    [Fact]
    public async Task Calendar_has_one_all_day_event_per_seed_meeting_ending_on_the_day_after_its_last()
    {
        var download = await Download.GetAsync(_client, "/vergaderingen.ics");

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("text/calendar; charset=utf-8", download.ContentType);
        var events = Events(download);
        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime, $"{e.Uid} is all-day"));
        Assert.Equal(
            [
                ("2017-03-31-buitenlandse-zaken@localhost", "20170331", "20170401"),
                ("2020-12-01-buitenlandse-zaken@localhost", "20201201", "20201203"),
                ("2021-03-23-buitenlandse-zaken@localhost", "20210323", "20210325"),
                // One day: the event ends on the next.
                ("2021-06-01-buitenlandse-zaken-en-defensie@localhost", "20210601", "20210602"),
                ("2022-11-29-buitenlandse-zaken@localhost", "20221129", "20221201"),
            ],
            events.Select(e => (e.Uid, Day(e.DtStart!), Day(e.DtEnd!))));
    }

    [Fact]
    public async Task Bucharest_meeting_ends_on_the_day_after_its_last_day_and_links_to_its_page()
    {
        var events = Events(await Download.GetAsync(_client, "/vergaderingen.ics"));

        var bucharest = events.Single(e => e.Uid == "2022-11-29-buitenlandse-zaken@localhost");
        Assert.Equal(new DateOnly(2022, 11, 29), DateOnly.FromDateTime(bucharest.DtStart!.Value));
        Assert.Equal(new DateOnly(2022, 12, 1), DateOnly.FromDateTime(bucharest.DtEnd!.Value));
        Assert.Equal("Boekarest", bucharest.Location);
        Assert.Equal("NAVO-ministers van Buitenlandse Zaken", bucharest.Summary);
        Assert.Equal(["Buitenlandse Zaken"], bucharest.Categories);
        Assert.Equal(new Uri("http://localhost/vergaderingen/2022-11-29-buitenlandse-zaken"), bucharest.Url);
    }

    [Fact]
    public async Task Virtual_meeting_is_at_Videoconferentie()
    {
        var events = Events(await Download.GetAsync(_client, "/vergaderingen.ics"));

        Assert.Equal("Videoconferentie", events.Single(e => e.Uid == "2020-12-01-buitenlandse-zaken@localhost").Location);
    }

    [Fact]
    public async Task One_meeting_calendar_has_that_meeting_only_and_the_meeting_page_is_still_a_page()
    {
        var single = await Download.GetAsync(_client, "/vergaderingen/2021-03-23-buitenlandse-zaken.ics");
        var page = await FetchedPage.GetAsync(_client, "/vergaderingen/2021-03-23-buitenlandse-zaken");

        Assert.Equal(HttpStatusCode.OK, single.Status);
        var only = Assert.Single(Events(single));
        Assert.Equal("2021-03-23-buitenlandse-zaken@localhost", only.Uid);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Heading);
    }

    [Theory]
    [InlineData("/vergaderingen/2099-01-01-buitenlandse-zaken.ics")]
    [InlineData("/vergaderingen/.ics")]
    public async Task Unknown_meeting_has_no_calendar(string path)
    {
        var download = await Download.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, download.Status);
    }

    [Fact]
    public async Task A_repeated_request_with_its_etag_gets_304()
    {
        var first = await Download.GetAsync(_client, "/vergaderingen.ics");
        var again = await Download.GetAsync(_client, "/vergaderingen.ics", r => r.Headers.TryAddWithoutValidation("If-None-Match", first.ETag));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
    }

    [Theory]
    [InlineData("/vergaderingen.ics")]
    [InlineData("/vergaderingen/feed")]
    [InlineData("/onderwerpen/china.csv")]
    public async Task A_head_request_answers_with_the_validators_and_no_body(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static List<CalendarEvent> Events(Download download)
    {
        var calendar = Calendar.Load(download.Text);
        Assert.NotNull(calendar);
        return [.. calendar.Events.OrderBy(e => e.Uid, StringComparer.Ordinal)];
    }

    private static string Day(Ical.Net.DataTypes.CalDateTime date) =>
        date.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
