using Agendas.Data.Text;

namespace Agendas.Web.Tests.Topics;

/// <summary>Excerpts of letter paragraphs: the importer's Markdown back to the letter's words.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData(@"Kamerstuk 28 676, nr. 210 \[zie bijlage\]", "Kamerstuk 28 676, nr. 210 [zie bijlage]")]
    [InlineData(@"\<script\>alert(1)\</script\>", "<script>alert(1)</script>")]
    [InlineData("<b>vet</b> en <img src=x onerror=alert(1)>", "<b>vet</b> en <img src=x onerror=alert(1)>")]
    [InlineData("De *NAVO 2030*-agenda", "De NAVO 2030-agenda")]
    [InlineData(@"1\. Rusland", "1. Rusland")]
    [InlineData("regel een\nregel twee", "regel een regel twee")]
    [InlineData("- eerste punt\n- tweede punt", "eerste punt tweede punt")]
    [InlineData("[klik](javascript:alert(1))", "klik")]
    public void Markdown_becomes_the_plain_words_of_the_letter(string markdown, string text) =>
        Assert.Equal(text, PlainText.FromMarkdown(markdown));

    [Fact]
    public void Excerpt_cuts_at_a_word_boundary_with_an_ellipsis()
    {
        string markdown = string.Join(' ', Enumerable.Repeat("bondgenootschap", 40));

        string excerpt = PlainText.Excerpt(markdown, 100);

        Assert.EndsWith("bondgenootschap…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= 101, excerpt);
    }

    [Fact]
    public void Short_text_is_its_own_excerpt() => Assert.Equal("Over China.", PlainText.Excerpt("Over China."));
}
