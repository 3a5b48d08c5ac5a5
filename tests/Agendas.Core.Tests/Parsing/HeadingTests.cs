namespace Agendas.Core.Tests.Parsing;

public class HeadingTests
{
    private static List<string> Headings(string body) =>
        TestLetters.ParseOk(TestLetters.Agenda(body)).Sessions.SelectMany(s => s.Items).Select(i => i.Heading).ToList();

    [Theory]
    // Between blank lines.
    [InlineData("China\n\nChina manifesteert zich steeds nadrukkelijker.", "China")]
    // Directly above its text, after a full stop: the next word would have fitted after it.
    [InlineData("Eerste alinea die eindigt met een punt.\nKlimaat\nKlimaatverandering beïnvloedt de kerntaken van de NAVO.", "Klimaat")]
    // Two lines, the second a short continuation.
    [InlineData("Rusland en Arms control, Disarmament and Non-proliferation\n(ADN)\n\nDe eerste sessie zal ingaan op Rusland.", "Rusland en Arms control, Disarmament and Non-proliferation (ADN)")]
    // Indented by a page start.
    [InlineData("Slot van de vorige alinea.\n Afghanistan\n\nDe situatie in Afghanistan.", "Afghanistan")]
    // With brackets and a hyphenated acronym.
    [InlineData("Partnerschappen (w.o. NAVO-EU)\nDe international rules-based order staat onder druk.", "Partnerschappen (w.o. NAVO-EU)")]
    // Numbered between blank lines: the number is layout.
    [InlineData("1. Rusland\n\nDe ministers spreken over Rusland.\n\n2. China\n\nEn over China.", "China")]
    [InlineData("a) Westelijke Balkan\n\nDe situatie blijft zorgelijk.", "Westelijke Balkan")]
    // In capitals.
    [InlineData("AFGHANISTAN\n\nDe missie loopt af.", "AFGHANISTAN")]
    public void Recognises_headings(string body, string expected)
    {
        Assert.Contains(expected, Headings(body));
    }

    [Theory]
    // A full wrapped line that happens to lack punctuation is running text.
    [InlineData("Tijdens de Leaders’ Meeting in Londen in december 2019 besloten\nNAVO-staatshoofden en regeringsleiders tot de start van een Forward\nLooking Reflection Process.")]
    // A line ending in a function word continues on the next line.
    [InlineData("Het kabinet acht het van belang dat de\nNAVO haar rol versterkt.")]
    // A sentence ends in a full stop.
    [InlineData("Nederland steunt dit.\n\nDe ministers spreken verder.")]
    // A salutation-like or list line ending in a comma.
    [InlineData("Ministers spreken over drie onderwerpen,\nNamelijk Rusland en China.")]
    // A numbered point that is a sentence stays a paragraph.
    [InlineData("1. We are meeting in Brussels to reaffirm the enduring transatlantic bond.\n\n2. NATO is the strongest alliance in history.")]
    public void Does_not_take_running_text_for_a_heading(string body)
    {
        Assert.Empty(Headings("Onderwerp\n\n" + body).Skip(1));
    }

    [Fact]
    public void Introduction_heading_is_not_an_item()
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda("Rusland\n\nTekst over Rusland."));
        Assert.DoesNotContain(letter.Sessions.SelectMany(s => s.Items), i => i.Heading == "Introductie");
        Assert.Contains(letter.Introduction, p => p.StartsWith("Op 1 en 2 december", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NAVO 2030", "navo-2030")]
    [InlineData("Rusland en Arms control, Disarmament and Non-proliferation (ADN)", "rusland-en-arms-control-disarmament-and-non-proliferation-adn")]
    [InlineData("Partnerschappen (w.o. NAVO-EU)", "partnerschappen-w-o-navo-eu")]
    [InlineData("Oekraïne", "oekraine")]
    public void Item_slugs_are_folded_kebab_case(string heading, string slug)
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda($"{heading}\n\nTekst van het onderwerp."));
        Assert.Equal(slug, letter.Sessions.SelectMany(s => s.Items).Single().Slug);
    }

    [Fact]
    public void Item_slugs_are_unique_within_a_session()
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda("Rusland\n\nEerste tekst.\n\nRusland\n\nTweede tekst."));
        Assert.Equal(["rusland", "rusland-2"], letter.Sessions[0].Items.Select(i => i.Slug));
    }
}
