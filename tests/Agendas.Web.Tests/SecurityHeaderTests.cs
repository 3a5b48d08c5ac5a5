using System.Net;
using Agendas.Web.Hosting;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests;

/// <summary>The security headers on every kind of response: each page type, a 404, a redirect, a static file.</summary>
public sealed class SecurityHeaderTests(SecurityHeaderTests.ProductionApp app) : IClassFixture<SecurityHeaderTests.ProductionApp>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/vergaderingen", HttpStatusCode.OK)]
    [InlineData("/vergaderingen?raad=defensie&jaar=2021", HttpStatusCode.OK)]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken", HttpStatusCode.OK)]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2", HttpStatusCode.OK)]
    [InlineData("/onderwerpen", HttpStatusCode.OK)]
    [InlineData("/onderwerpen/rusland", HttpStatusCode.OK)]
    [InlineData("/documenten/2017-03-31-buitenlandse-zaken-agenda", HttpStatusCode.OK)]
    [InlineData("/kst-28676-266", HttpStatusCode.Redirect)]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-9", HttpStatusCode.NotFound)]
    [InlineData("/bestaat/niet", HttpStatusCode.NotFound)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        // Twice: the second answer of a cached page comes from the output cache.
        for (int i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.Equal(status, response.StatusCode);
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", string.Join(", ", response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public void Policy_allows_no_inline_script_and_no_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());

        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v is "'unsafe-inline'" or "'unsafe-eval'");
    }

    /// <summary>The app as it runs in production (no developer exception page).</summary>
    public sealed class ProductionApp : AgendasAppFactory
    {
        public ProductionApp() => Environment = Microsoft.Extensions.Hosting.Environments.Production;
    }
}
