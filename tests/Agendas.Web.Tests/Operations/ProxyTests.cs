using Agendas.Web.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace Agendas.Web.Tests.Operations;

/// <summary>
/// Behind a proxy that ends TLS: the forwarded scheme counts, and outside Development an https response carries HSTS
/// of a year. (That the forwarded client address is the one the rate limits count is in <see cref="RateLimitTests"/>.)
/// </summary>
public sealed class ProxyTests(ITestOutputHelper output)
{
    private const string Host = "agendas.example.nl";

    [Fact]
    public async Task In_production_a_page_the_proxy_got_over_https_carries_HSTS_of_a_year()
    {
        await using var app = await StartAsync(Environments.Production);

        var overHttps = await HstsAsync(app, forwardedProto: "https");
        var overHttp = await HstsAsync(app, forwardedProto: null);

        Assert.Equal("max-age=31536000", overHttps);
        Assert.Null(overHttp);
    }

    [Fact]
    public async Task Development_sends_no_HSTS()
    {
        await using var app = await StartAsync(Environments.Development);

        Assert.Null(await HstsAsync(app, forwardedProto: "https"));
    }

    [Fact]
    public async Task A_permalink_uses_the_scheme_the_proxy_forwarded()
    {
        await using var app = await StartAsync(Environments.Production);
        using var client = app.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2", UriKind.Relative));
        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Contains(
            page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")),
            href => href == $"https://{Host}/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2");
    }

    private async Task<AgendasServerFixture> StartAsync(string environment)
    {
        var app = new AgendasServerFixture { Environment = environment };
        app.Logs.Output = output;
        await ((IAsyncLifetime)app).InitializeAsync();
        return app;
    }

    private static async Task<string?> HstsAsync(AgendasServerFixture app, string? forwardedProto)
    {
        using var client = app.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/onderwerpen", UriKind.Relative));
        // HSTS leaves out localhost; a real host name is what a proxy passes on.
        request.Headers.Host = Host;
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        using var response = await client.SendAsync(request);
        return response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(", ", values) : null;
    }
}
