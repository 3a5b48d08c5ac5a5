using System.Net;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Html.Parser;
using Serilog.Events;

namespace Agendas.Web.Tests.Api;

/// <summary>
/// In production an /api/ request that fails gets a problem in JSON (RFC 9457) with a Dutch title and the request id
/// that its log lines carry, never the exception; a page that fails the same way keeps the site's HTML error page.
/// </summary>
public sealed class ApiErrorTests(ITestOutputHelper output)
{
    private const string Secret = FailingAppFactory.Secret;

    [Fact]
    public async Task A_failure_under_api_is_a_Dutch_problem_with_the_request_id_of_its_log_and_without_internals()
    {
        await using var app = new FailingAppFactory { Environment = "Production" };
        app.Logs.Output = output;
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/zoeken?q=navo", UriKind.Relative));

        Assert.Equal((HttpStatusCode.InternalServerError, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        // Absence anywhere in the response is the point, so the raw text is what is searched.
        string json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Agendas.", json, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(json).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Equal("Er ging iets mis", problem.GetProperty("title").GetString());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        // The id a user reports finds the exception in the log.
        string? requestId = problem.GetProperty("requestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));
        var logged = await app.Logs.WaitForAsync(e => e.Exception?.Message.Contains(Secret, StringComparison.Ordinal) == true);
        Assert.NotNull(logged);
        Assert.Equal(requestId, (logged.Properties.GetValueOrDefault("RequestId") as ScalarValue)?.Value);
    }

    [Fact]
    public async Task The_same_failure_on_a_page_still_shows_the_Dutch_HTML_page()
    {
        await using var app = new FailingAppFactory { Environment = "Production" };
        app.Logs.Output = output;
        using var client = app.CreateClient();

        using var failed = await client.GetAsync(new Uri("/zoeken?q=navo", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/vergaderingen/bestaat-niet", UriKind.Relative));

        Assert.Equal((HttpStatusCode.InternalServerError, "text/html"), (failed.StatusCode, failed.Content.Headers.ContentType?.MediaType));
        string html = await failed.Content.ReadAsStringAsync();
        Assert.Equal("Er ging iets mis", new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, "text/html"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Pagina niet gevonden", new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent.Trim());
    }
}
