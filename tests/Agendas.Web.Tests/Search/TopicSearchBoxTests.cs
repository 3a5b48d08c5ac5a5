using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Search;

/// <summary>A topic page has a search box that searches within its topic.</summary>
public sealed class TopicSearchBoxTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public TopicSearchBoxTests(AgendasAppFactory app, ITestOutputHelper output)
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
    public async Task The_topic_page_form_searches_within_its_topic()
    {
        var topicPage = await FetchedPage.GetAsync(_client, "/onderwerpen/rusland");

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(topicPage.Main.QuerySelector(".topic-search form[role=search]"));
        Assert.Equal("/zoeken", form.GetAttribute("action"));
        Assert.Equal("get", form.Method);
        var hidden = form.QuerySelector<IHtmlInputElement>("input[type=hidden][name=onderwerp]");
        Assert.Equal("rusland", hidden?.Value);
        var box = form.QuerySelector<IHtmlInputElement>("input[type=search][name=q]");
        Assert.NotNull(box);
        Assert.NotNull(form.QuerySelector($"label[for='{box!.Id}']"));

        // Submitting it as a browser would: the query string of the form's fields.
        var scoped = await SearchPage.LoadAsync(_client, "?onderwerp=rusland&q=NAVO");
        var all = await SearchPage.LoadAsync(_client, "?q=NAVO");
        Assert.NotEmpty(scoped.Results);
        Assert.True(scoped.Results.Count < all.Results.Count || scoped.Count != all.Count, $"{scoped.Count} vs {all.Count}");
        Assert.Equal(all.Facet("onderwerp").Single(f => f.Label == "Rusland").Count, int.Parse(scoped.Count.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }
}
