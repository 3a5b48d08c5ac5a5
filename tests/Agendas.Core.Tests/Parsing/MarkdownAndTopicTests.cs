using Agendas.Core.Parsing;

namespace Agendas.Core.Tests.Parsing;

public class MarkdownAndTopicTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("[klik](javascript:alert(1))", @"\[klik\](javascript:alert(1))")]
    [InlineData("# geen kop", @"\# geen kop")]
    [InlineData("1. We are meeting", @"1\. We are meeting")]
    [InlineData("- geen lijst", @"\- geen lijst")]
    [InlineData("het *commitment* van de VS", "het *commitment* van de VS")]     // emphasis the letter marks stays
    [InlineData("5 * 3 = 15", @"5 \* 3 = 15")]
    [InlineData("official_texts_183146.htm", "official_texts_183146.htm")]      // underscores inside a word are safe
    [InlineData("_nadruk_", @"\_nadruk\_")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("Train, Advise & Assist", "Train, Advise & Assist")]
    [InlineData("&amp; entiteit", @"\&amp; entiteit")]
    public void Escapes_what_Markdown_would_read_as_markup(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.Escape(text));
    }

    [Theory]
    [InlineData("Rusland en Arms control, Disarmament and Non-proliferation (ADN)", "rusland wapenbeheersing")]
    [InlineData("Partnerschappen (w.o. NAVO-EU)", "partnerschappen eu-navo")]
    [InlineData("Rusland-Oekraïne", "rusland oekraine")]
    [InlineData("Informeel diner Rusland/Oekraïne", "rusland oekraine")]
    [InlineData("NAVO Oekraine Commissie", "oekraine")]                  // diacritics and hyphens do not matter
    [InlineData("Behoud van technologische voorsprong", "technologie")]
    [InlineData("Zuidflank", "mena-sahel")]
    [InlineData("Conflict gerelateerd seksueel geweld", "")]
    [InlineData("Cyberspace en Chinezen", "")]                           // word boundaries: no partial words
    public void Tags_headings_with_topics_they_name(string heading, string expected)
    {
        Assert.Equal(expected, string.Join(" ", TestLetters.Topics.Tagger.Tag(heading)));
    }

    [Fact]
    public void Mentions_point_at_the_original_text()
    {
        string text = "Overleg met Oekraïne en de NAVO-Rusland Raad.";
        var mentions = TestLetters.Topics.Tagger.Mentions(text);
        Assert.Equal(["Oekraïne", "NAVO-Rusland Raad"], mentions.Select(m => text.Substring(m.Index, m.Length)));
    }

    [Fact]
    public void Text_with_emoji_is_tagged_without_failing()
    {
        Assert.Equal(["rusland"], TestLetters.Topics.Tagger.Tag("💣 Rusland 💥"));
    }
}
