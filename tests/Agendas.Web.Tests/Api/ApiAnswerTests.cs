using System.Net;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Api;

/// <summary>What the API answers over the seeds: the facts, the links, the pages, the refusals and CORS.</summary>
public sealed class ApiAnswerTests(AgendasServerFixture server) : IClassFixture<AgendasServerFixture>
{
    private const string Meeting2020 = "2020-12-01-buitenlandse-zaken";

    [Fact]
    public async Task The_2020_meeting_answers_its_3_sessions_with_their_items_topics_and_permalinks()
    {
        using var client = server.CreateHttpClient();

        var meeting = (await ApiCall.GetAsync(client, $"/api/vergaderingen/{Meeting2020}")).Body;

        var sessions = meeting.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(("2020-12-01", "2020-12-02"), (meeting.GetProperty("startDate").GetString(), meeting.GetProperty("endDate").GetString()));
        var item = sessions[0].GetProperty("items")[0];
        Assert.Equal("NAVO 2030", item.GetProperty("heading").GetString());
        Assert.Equal("agenda", item.GetProperty("letter").GetString());
        Assert.Equal($"{Root}vergaderingen/{Meeting2020}/sessie-1#{item.GetProperty("anchor").GetString()}", item.GetProperty("url").GetString());
        Assert.Contains(item.GetProperty("topics").EnumerateArray(), t => t.GetProperty("slug").GetString() == "navo2030");
        Assert.All(sessions, s => Assert.NotEmpty(s.GetProperty("items").EnumerateArray()));
    }

    [Fact]
    public async Task The_session_page_has_an_element_for_every_anchor_the_API_gives()
    {
        using var client = server.CreateHttpClient();
        var meeting = (await ApiCall.GetAsync(client, $"/api/vergaderingen/{Meeting2020}")).Body;

        foreach (var session in meeting.GetProperty("sessions").EnumerateArray())
        {
            var page = await FetchedPage.GetAsync(client, new Uri(session.GetProperty("url").GetString()!).PathAndQuery);
            Assert.All(session.GetProperty("items").EnumerateArray(), i => Assert.NotNull(page.Document.GetElementById(i.GetProperty("anchor").GetString()!)));
        }
    }

    [Theory]
    [InlineData("?raad=defensie", new[] { "2021-06-01-buitenlandse-zaken-en-defensie" })]
    [InlineData("?jaar=2021", new[] { "2021-06-01-buitenlandse-zaken-en-defensie", "2021-03-23-buitenlandse-zaken" })]
    [InlineData("?jaar=2019", new string[0])]
    public async Task Meetings_are_filtered_by_council_and_year_newest_first(string query, string[] slugs)
    {
        using var client = server.CreateHttpClient();

        var list = (await ApiCall.GetAsync(client, "/api/vergaderingen" + query)).Body;

        Assert.Equal(slugs, list.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()));
        Assert.Equal(slugs.Length, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_topic_answers_its_timeline_oldest_meeting_first()
    {
        using var client = server.CreateHttpClient();

        var topic = (await ApiCall.GetAsync(client, "/api/onderwerpen/rusland?aantal=100")).Body;

        var dates = topic.GetProperty("timeline").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("meetingStart").GetString()!).ToList();
        Assert.Equal(("Rusland", "Russia"), (topic.GetProperty("name").GetString(), topic.GetProperty("english").GetString()));
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(["2017", "2020", "2021", "2022"], dates.Select(d => d[..4]).Distinct());
    }

    [Fact]
    public async Task A_letter_answers_its_metadata()
    {
        using var client = server.CreateHttpClient();

        var letter = (await ApiCall.GetAsync(client, "/api/documenten/2017-03-31-buitenlandse-zaken-agenda")).Body;

        Assert.Equal("28676-266", letter.GetProperty("kamerstuk").GetString());
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-28676-266.html", letter.GetProperty("kamerstukUrl").GetString());
        Assert.Equal("agenda", letter.GetProperty("kind").GetString());
        Assert.Equal("2017-03-31-buitenlandse-zaken", letter.GetProperty("meeting").GetString());
        Assert.EndsWith("+00:00", letter.GetProperty("importedAt").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/vergaderingen?aantal=2", 5)]
    [InlineData("/api/documenten?aantal=2", 5)]
    [InlineData("/api/onderwerpen?aantal=7", 0)]
    [InlineData("/api/onderwerpen/rusland?aantal=3", 0)]
    [InlineData("/api/zoeken?q=navo&sorteer=datum", 0)]
    public async Task Following_next_links_walks_the_whole_list_once_and_ends_with_null(string first, int expectedTotal)
    {
        using var client = server.CreateHttpClient();

        var pages = await ApiCall.FollowAsync(client, first);

        var bodies = pages.Select(p => ApiCall.List(p.Body)).ToList();
        int total = bodies[0].GetProperty("total").GetInt32();
        var keys = bodies.SelectMany(b => b.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("url").GetString()).ToList();
        Assert.True(pages.Count > 1, $"{first} fits on one page: the walk shows nothing");
        Assert.Equal(total, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        if (expectedTotal > 0)
        {
            Assert.Equal(expectedTotal, total);
        }
        Assert.Equal(pages.Count, bodies[0].GetProperty("pages").GetInt32());
        Assert.Equal(JsonValueKind.Null, bodies[0].GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, bodies[^1].GetProperty("next").ValueKind);
        // Back from the last page lands on the one before it.
        string back = bodies[^1].GetProperty("previous").GetString()!;
        Assert.Equal(ApiCall.List((await ApiCall.GetAsync(client, back)).Body).GetProperty("page").GetInt32(), pages.Count - 1);
    }

    [Theory]
    [InlineData("/api/vergaderingen")]
    [InlineData($"/api/vergaderingen/{Meeting2020}")]
    [InlineData("/api/onderwerpen")]
    [InlineData("/api/onderwerpen/china")]
    [InlineData("/api/documenten")]
    [InlineData("/api/documenten/2022-11-29-buitenlandse-zaken-agenda")]
    [InlineData("/api/zoeken?q=oekraine")]
    public async Task Every_link_in_an_answer_is_an_absolute_address_that_answers(string path)
    {
        using var client = server.CreateHttpClient();

        var links = Links((await ApiCall.GetAsync(client, path)).Body).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(Uri.TryCreate(l.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"{l.Name}: {l.Value}"));
        var ours = links.Where(l => l.Value.StartsWith(Root, StringComparison.Ordinal)).Select(l => l.Value.Split('#')[0]).Distinct().Take(12).ToList();
        Assert.NotEmpty(ours);
        foreach (string link in ours)
        {
            using var response = await client.GetAsync(new Uri(link));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/api/vergaderingen/1999-01-01-top", 404, "1999-01-01-top")]
    [InlineData("/api/onderwerpen/ruimtevaart", 404, "ruimtevaart")]
    [InlineData("/api/documenten/geen-brief", 404, "geen-brief")]
    [InlineData("/api/bestaat/niet", 404, "bestaat niet")]
    [InlineData("/api/vergaderingen?raad=landbouw", 400, "landbouw")]
    [InlineData("/api/vergaderingen?jaar=twintig", 400, "twintig")]
    [InlineData("/api/vergaderingen?pagina=0", 400, "paginanummer")]
    [InlineData("/api/documenten?aantal=1000", 400, "1000")]
    [InlineData("/api/documenten?pagina=9", 400, "Pagina 9 bestaat niet")]
    [InlineData("/api/zoeken?q=china&soort=brief", 400, "brief")]
    [InlineData("/api/zoeken?q=china&onderwerp=ruimtevaart", 400, "ruimtevaart")]
    public async Task A_bad_request_gets_a_problem_in_Dutch_without_internals(string path, int status, string named)
    {
        using var client = server.CreateHttpClient();

        var call = await ApiCall.GetAsync(client, path);

        Assert.Equal(((HttpStatusCode)status, "application/problem+json"), (call.Status, call.MediaType));
        Assert.Equal(status, call.Body.GetProperty("status").GetInt32());
        Assert.Equal(status == 404 ? "Niet gevonden" : "Ongeldige vraag", call.Body.GetProperty("title").GetString());
        Assert.Contains(named, call.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", call.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_search_gets_a_400_problem_that_says_so()
    {
        using var client = server.CreateHttpClient();

        var call = await ApiCall.GetAsync(client, "/api/zoeken?q=" + new string('a', 3000));

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (call.Status, call.MediaType));
        Assert.StartsWith("Deze zoekvraag is te lang", call.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_origin_may_read_the_API_but_not_the_pages()
    {
        using var client = server.CreateHttpClient();

        var api = await ApiCall.GetAsync(client, "/api/vergaderingen", origin: "https://elders.example");
        var head = await ApiCall.GetAsync(client, "/api/onderwerpen", origin: "https://elders.example", method: HttpMethod.Head);
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/vergaderingen", UriKind.Relative));
        page.Headers.Add("Origin", "https://elders.example");
        using var pageResponse = await client.SendAsync(page);

        Assert.Equal((HttpStatusCode.OK, "*"), (api.Status, api.Headers["Access-Control-Allow-Origin"]));
        Assert.Equal((HttpStatusCode.OK, "*", null), (head.Status, head.Headers["Access-Control-Allow-Origin"], head.Json));
        Assert.False(pageResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_is_allowed_GET_and_HEAD_only()
    {
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/vergaderingen", UriKind.Relative));
        request.Headers.Add("Origin", "https://elders.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET,HEAD", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    private string Root => server.ServerAddress.ToString();

    /// <summary>Every property that holds an address: <c>url</c>, <c>api</c>, <c>next</c>, <c>previous</c> and those ending in them.</summary>
    private static IEnumerable<(string Name, string Value)> Links(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Links);
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        return element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String && IsLinkName(p.Name) ? [(p.Name, p.Value.GetString()!)] : Links(p.Value));
    }

    private static bool IsLinkName(string name) =>
        name is "url" or "api" or "next" or "previous" or "previousMeeting" or "nextMeeting"
        || name.EndsWith("Url", StringComparison.Ordinal) || name.EndsWith("Api", StringComparison.Ordinal);
}
