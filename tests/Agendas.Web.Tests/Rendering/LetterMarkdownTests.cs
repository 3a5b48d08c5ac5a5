using Agendas.Core.Topics;
using Agendas.Web.Rendering;
using AngleSharp.Html.Parser;

namespace Agendas.Web.Tests.Rendering;

/// <summary>
/// The one Markdig pipeline on Markdown that was never escaped by the importer: whatever is stored, nothing becomes
/// markup or a script address.
/// </summary>
public sealed class LetterMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("tekst <img src=x onerror=alert(2)> tekst")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(3)\">klik</a>")]
    [InlineData("<div onclick=\"alert(1)\">blok</div>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Raw_HTML_renders_as_text(string markdown)
    {
        var body = Body(LetterMarkdown.Render(markdown).Value!);

        Assert.All(body.QuerySelectorAll("*"), e => Assert.Equal("P", e.TagName));
        Assert.Contains(markdown.Trim(), body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klik](javascript:alert(4))", "klik")]
    [InlineData("[klik](JavaScript:alert(4))", "klik")]
    [InlineData("[klik](java\tscript:alert(4))", "klik")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)", "klik")]
    [InlineData("[klik](vbscript:msgbox(1))", "klik")]
    [InlineData("[klik](/relatief)", "klik")]
    [InlineData("![plaatje](javascript:alert(5))", "plaatje")]
    [InlineData("<javascript:alert(6)>", "javascript:alert(6)")]
    public void Links_and_images_with_other_schemes_keep_only_their_text(string markdown, string text)
    {
        var fragment = Body(LetterMarkdown.Render(markdown).Value!);

        Assert.Empty(fragment.QuerySelectorAll("a, img"));
        Assert.Contains(text, fragment.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[NAVO](https://www.nato.int)", "https://www.nato.int")]
    [InlineData("<https://www.nato.int/cps/en>", "https://www.nato.int/cps/en")]
    [InlineData("[mail](mailto:info@example.nl)", "mailto:info@example.nl")]
    public void Http_https_and_mailto_links_stay_links(string markdown, string href)
    {
        var fragment = Body(LetterMarkdown.Render(markdown).Value!);

        Assert.Equal(href, Assert.Single(fragment.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Generic_attributes_are_not_an_extension_of_the_pipeline()
    {
        var fragment = Body(LetterMarkdown.Render("# Kop {onclick=alert(1)}").Value!);

        Assert.All(fragment.QuerySelectorAll("*"), e => Assert.Null(e.GetAttribute("onclick")));
    }

    [Fact]
    public void Cross_links_skip_text_inside_a_link_and_link_each_topic_once()
    {
        var vocabulary = new TopicVocabulary([
            new Topic("china", "China", "China", ["China"]),
            new Topic("rusland", "Rusland", "Russia", ["Rusland"]),
        ]);
        string markdown = "[China](https://example.org/china) en China, Rusland en China.";

        var fragment = Body(LetterMarkdown.Render(markdown, new CrossLinker(vocabulary.Tagger, ["rusland"])).Value!);

        var links = fragment.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("https://example.org/china", "China"), ("/onderwerpen/china", "China")], links);
    }

    [Fact]
    public void Id_goes_on_the_first_block_and_the_appended_marker_after_the_last_text()
    {
        var fragment = Body(LetterMarkdown.Render("Tekst.", links: null, id: "china-p1", appendHtml: "<sup>1</sup>").Value!);

        var paragraph = Assert.Single(fragment.Children);
        Assert.Equal(("P", "china-p1"), (paragraph.TagName, paragraph.Id));
        Assert.Equal("SUP", paragraph.LastElementChild?.TagName);
    }

    private static AngleSharp.Dom.IElement Body(string html) => new HtmlParser().ParseDocument("<body>" + html).Body!;
}
