using System.Net;
using Agendas.Web.Tests.Infrastructure;
using Agendas.Web.Tests.Topics;

namespace Agendas.Web.Tests.Documents;

/// <summary>
/// A letter whose text holds markup, and which the parser imports with warnings: its page shows the markup as
/// text, lists the warnings with links to their lines, and the topic page's excerpt stays plain text.
/// </summary>
public sealed class HostileLetterTests : IClassFixture<HostileLetterTests.AppWithAHostileLetter>, IDisposable
{
    private const string Slug = "2019-05-14-buitenlandse-zaken-agenda";

    private readonly AppWithAHostileLetter _app;
    private readonly HttpClient _client;

    public HostileLetterTests(AppWithAHostileLetter app, ITestOutputHelper output)
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
    public async Task Script_in_a_letter_shows_as_text_in_the_source_and_never_as_an_element()
    {
        var page = await DocumentPage.LoadAsync(_client, Slug);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var source = page.SourceText;
        Assert.NotNull(source);
        Assert.Equal(AppWithAHostileLetter.Text, source.TextContent);
        Assert.Contains("<script>alert(1)</script>", source.TextContent, StringComparison.Ordinal);
        // Only the line spans inside the <pre>: nothing of the letter became an element.
        Assert.All(source.Children, child => Assert.Equal("SPAN", child.TagName));
        Assert.All(source.Children, child => Assert.Empty(child.Children));
        Assert.Empty(page.Page.Main.QuerySelectorAll("script, img, iframe"));
        Assert.Empty(page.Page.Document.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Warnings_of_the_parser_are_listed_with_code_message_and_a_link_to_their_line()
    {
        var page = await DocumentPage.LoadAsync(_client, Slug);

        var warnings = page.Warnings;
        // In the order of the text.
        Assert.Equal([("1", "kind-unknown"), ("5", "council-unknown")], warnings.Select(w => (w.Line, w.Code)));
        Assert.Contains("noemt geen raad", warnings[1].Message, StringComparison.Ordinal);
        var link = page.Page.Main.QuerySelector("table.parser-warnings a[href='#regel-5']");
        Assert.NotNull(link);
        var line = page.Page.Document.GetElementById("regel-5");
        Assert.NotNull(line);
        Assert.Equal(AppWithAHostileLetter.Text.Split('\n')[4], line.TextContent);
        Assert.Null(page.Page.Main.QuerySelector(DocumentPage.Selectors.NoWarnings));
    }

    [Fact]
    public async Task Topic_page_excerpt_of_the_letter_is_plain_text_without_escapes()
    {
        var page = await TopicPage.LoadAsync(_client, "rusland");

        var entry = Assert.Single(page.Entries);
        Assert.Contains("<script>alert(1)</script> en <img src=x onerror=alert(2)>", entry.Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", entry.Excerpt, StringComparison.Ordinal);
        Assert.Empty(entry.ExcerptElement!.Children);
        Assert.Empty(page.Page.Main.QuerySelectorAll("script, img"));
    }

    /// <summary>The app over a seed folder holding only the hostile letter.</summary>
    public sealed class AppWithAHostileLetter : AgendasAppFactory
    {
        /// <summary>No council and no kind named (two warnings); markup in the body of an item about Rusland.</summary>
        public const string Text = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 10 mei 2019

            Hierbij ontvangt u informatie over de bijeenkomst van de NAVO
            op 14 mei 2019 in Brussel.

            Rusland

            De bondgenoten spreken over Rusland. Deze brief bevat ook tekst als
            <script>alert(1)</script> en <img src=x onerror=alert(2)>, die als tekst
            moet verschijnen.

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
