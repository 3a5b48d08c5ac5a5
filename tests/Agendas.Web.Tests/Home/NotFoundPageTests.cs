using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Home;

/// <summary>The 404 page: Dutch, with a search box and ways on; other codes stay generic.</summary>
public sealed class NotFoundPageTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public NotFoundPageTests(AgendasAppFactory app, ITestOutputHelper output)
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

    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/onderwerpen/bestaat-niet")]
    [InlineData("/documenten/bestaat-niet")]
    [InlineData("/fout/404")]
    public async Task Unknown_address_gets_a_Dutch_404_with_a_search_box_and_links_on(string path)
    {
        var page = await FetchedPage.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("nl", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pagina niet gevonden", page.Heading);
        var form = page.ContentSearchForm;
        Assert.NotNull(form);
        Assert.Equal("/zoeken", form.GetAttribute("action"));
        Assert.Equal("get", form.Method);
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        var links = page.Main.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/", links);
        Assert.Contains("/vergaderingen", links);
        Assert.Contains("/onderwerpen", links);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task Other_codes_get_a_generic_page_without_a_search_panel(int code)
    {
        var page = await FetchedPage.GetAsync(_client, $"/fout/{code}");

        Assert.Equal((HttpStatusCode)code, page.Status);
        Assert.NotEqual("Pagina niet gevonden", page.Heading);
        Assert.Null(page.ContentSearchForm);
        Assert.NotNull(page.Main.QuerySelector("a[href='/']"));
    }
}
