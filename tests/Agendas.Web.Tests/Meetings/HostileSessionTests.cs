using System.Net;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Meetings;

/// <summary>
/// A letter whose heading and text hold HTML and Markdown meant to run script: its session page shows all of it as
/// text, and nothing of it becomes an element or a link.
/// </summary>
public sealed class HostileSessionTests(HostileSessionTests.AppWithAHostileLetter app) : IClassFixture<HostileSessionTests.AppWithAHostileLetter>
{
    [Fact]
    public async Task Markup_and_script_addresses_in_a_letter_render_inert_on_its_session_page()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, "2019-05-14-buitenlandse-zaken", 1);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var item = Assert.Single(page.Items);
        Assert.Equal("Rusland <script>alert(0)</script>", item.Heading);
        var main = page.Page.Main;
        Assert.Empty(main.QuerySelectorAll("script, img, iframe, svg, object, embed"));
        Assert.All(page.Page.Document.QuerySelectorAll("a[href]"), a => Assert.Matches("^(/|#|https?:)", a.GetAttribute("href")!));
        Assert.All(page.Page.Document.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        string text = FetchedPage.Text(main);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"javascript:alert(3)\">klik</a>", text, StringComparison.Ordinal);
        Assert.Contains("[klik hier](javascript:alert(4))", text, StringComparison.Ordinal);
        Assert.Contains("![x](javascript:alert(5))", text, StringComparison.Ordinal);
        // The text around the markup is still linked where it mentions a topic.
        Assert.Equal(["/onderwerpen/china"], page.TopicLinks(item.Id));
    }

    [Fact]
    public async Task Markup_in_a_heading_is_text_on_the_meeting_page_too()
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen/2019-05-14-buitenlandse-zaken");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Main.QuerySelectorAll("script, img, iframe"));
        Assert.Contains("Rusland <script>alert(0)</script>", FetchedPage.Text(page.Main.QuerySelector("ul.session-items")), StringComparison.Ordinal);
    }

    /// <summary>The app over a seed folder holding only the hostile letter.</summary>
    public sealed class AppWithAHostileLetter : AgendasAppFactory
    {
        public const string Text = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 10 mei 2019

            Geannoteerde agenda voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 14 mei 2019 in Brussel.

            SESSIE 1: Rusland

            Rusland <script>alert(0)</script>

            De bondgenoten spreken over Rusland. Deze brief bevat <script>alert(1)</script>
            en <img src=x onerror=alert(2)> en <iframe src="https://example.org"></iframe>.

            Een link in HTML: <a href="javascript:alert(3)">klik</a>, een in Markdown:
            [klik hier](javascript:alert(4)) en een afbeelding ![x](javascript:alert(5)).

            Een autolink <javascript:alert(6)> en gewone tekst over China.

            De Minister van Buitenlandse Zaken,
            S.A. Blok

            """;

        private readonly TempDirectory _seeds = new();

        public AppWithAHostileLetter()
        {
            File.WriteAllText(Path.Combine(_seeds.Path, "vijandig.txt"), Text);
            Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = _seeds.Path };
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _seeds.Dispose();
            }
        }
    }
}
