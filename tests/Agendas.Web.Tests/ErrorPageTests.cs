using System.Net;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests;

/// <summary>In production a failure shows a Dutch page and nothing of the exception.</summary>
public sealed class ErrorPageTests(ITestOutputHelper output)
{
    private const string Secret = FailingAppFactory.Secret;

    [Fact]
    public async Task Production_failure_shows_a_Dutch_page_without_internals()
    {
        await using var app = new FailingAppFactory { Environment = "Production" };
        app.Logs.Output = output;
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(FailingAppFactory.FailingPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Er ging iets mis", document.QuerySelector("h1")?.TextContent.Trim());
        // Absence anywhere in the response is the point here, so the raw text is what is searched.
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        // The details are in the log instead.
        Assert.NotNull(await app.Logs.WaitForAsync(e => e.Exception?.Message.Contains(Secret, StringComparison.Ordinal) == true));
    }
}
