using System.Net;
using System.Text.RegularExpressions;
using Agendas.Web.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests.Api;

/// <summary>
/// The reference page /api/documentatie/ loads Scalar from this app, never from a CDN, and its one inline script runs
/// only by a nonce that the page's own policy names; every other page keeps the strict policy.
/// </summary>
public sealed partial class ApiReferenceTests(AgendasServerFixture server) : IClassFixture<AgendasServerFixture>
{
    [Fact]
    public async Task The_reference_page_loads_its_scripts_from_this_app_under_a_nonce_of_its_own_policy()
    {
        using var client = server.CreateHttpClient();

        using var response = await client.GetAsync(new Uri("/api/documentatie/", UriKind.Relative));
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string nonce = NonceInPolicy().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Equal(nonce, s.GetAttribute("nonce")));
        var sources = scripts.Select(s => s.GetAttribute("src")).OfType<string>().ToList();
        Assert.NotEmpty(sources);
        foreach (string source in sources)
        {
            var address = new Uri(new Uri(server.ServerAddress, "/api/documentatie/"), source);
            Assert.Equal(server.ServerAddress.Authority, address.Authority);
            using var script = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 1000, $"{source} is served");
        }
        Assert.DoesNotContain("cdn", document.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Each_request_of_the_reference_page_gets_a_new_nonce()
    {
        using var client = server.CreateHttpClient();

        using var first = await client.GetAsync(new Uri("/api/documentatie/", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/documentatie/", UriKind.Relative));

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_API_and_the_pages_keep_the_strict_policy()
    {
        using var client = server.CreateHttpClient();

        foreach (string path in (string[])["/api/vergaderingen", "/openapi/v1.json", "/vergaderingen"])
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(Agendas.Web.Hosting.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    [GeneratedRegex("script-src [^;]*'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();
}
