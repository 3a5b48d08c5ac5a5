namespace Agendas.Core.Tests.Parsing;

public class FootnoteTests
{
    [Fact]
    public void A_marker_glued_to_a_word_is_removed_and_its_footnote_attached_to_the_item()
    {
        string body = "Afghanistan\n\nZoals de NAVO verklaring van 14 april1 stelde, betekent de beëindiging van Resolute Support het\n\n1 https://www.nato.int/cps/en/natohq/official_texts_183146.htm\n\nhttps://www.nato.int/cps/en/natohq/official_texts_183146.htm\n begin van een nieuw hoofdstuk in deze relatie.\n\nChina\n\nTekst over China.";
        var letter = TestLetters.ParseOk(TestLetters.Agenda(body));
        var afghanistan = letter.Sessions[0].Items[0];
        Assert.Equal("Zoals de NAVO verklaring van 14 april stelde, betekent de beëindiging van Resolute Support het begin van een nieuw hoofdstuk in deze relatie.", Assert.Single(afghanistan.Paragraphs));
        var note = Assert.Single(afghanistan.Footnotes);
        Assert.Equal(1, note.Number);
        Assert.Contains("official_texts_183146", note.Text);
        Assert.Empty(letter.Sessions[0].Items[1].Footnotes);
    }

    [Fact]
    public void A_superscript_marker_is_removed_and_the_footnote_follows_the_marker_not_the_page()
    {
        // The footnote text stands in the next item's paragraph (a page break); it belongs where its marker is.
        string body = "Afghanistan\n\nEen verhoogde dreiging jegens coalitietroepen.¹ Meer tekst.\n\nZuidflank\n\nDeze organisaties hebben immers complementaire mandaten\n\n¹ Kamerbrief inzake de geannoteerde agenda, Kamerstuk 28676, nr. 353\n\nen kunnen elkaar goed aanvullen.";
        var letter = TestLetters.ParseOk(TestLetters.Agenda(body));
        var items = letter.Sessions[0].Items;
        Assert.Equal("Een verhoogde dreiging jegens coalitietroepen. Meer tekst.", Assert.Single(items[0].Paragraphs));
        Assert.Contains("28676, nr. 353", Assert.Single(items[0].Footnotes).Text);
        Assert.Equal("Deze organisaties hebben immers complementaire mandaten en kunnen elkaar goed aanvullen.", Assert.Single(items[1].Paragraphs));
        Assert.Contains("28676-353", letter.References);
    }

    [Fact]
    public void A_footnote_may_run_over_two_lines_and_the_body_resumes_after_it()
    {
        string body = "Sessie 2: Informeel diner\n\nNederland zal de recent aangekondigde steun1 toelichten, zoals het kabinet\nheeft2 gezegd, en meer\n\n1 Zie Kamerstukken 22 054 en 36 045, nr. 374 van 4 november 2022, Kamerstuk 36 045, nr. 121\nvan 10 november 2022.\n\n2 Zie Kamerstuk 28 676, nr. 418 van 30 september 2022.\n om op elk moment iets te doen.";
        var letter = TestLetters.ParseOk(TestLetters.Agenda(body));
        var session = Assert.Single(letter.Sessions);
        Assert.Equal("Nederland zal de recent aangekondigde steun toelichten, zoals het kabinet heeft gezegd, en meer om op elk moment iets te doen.", Assert.Single(session.Paragraphs));
        Assert.Equal([1, 2], session.Footnotes.Select(f => f.Number));
        Assert.EndsWith("nr. 121 van 10 november 2022.", session.Footnotes[0].Text);
        Assert.Equal(["22054-374", "36045-374", "36045-121", "28676-418"], letter.References);
    }

    [Theory]
    [InlineData("Het proces NAVO2030 loopt door.")]     // digits glued to an acronym
    [InlineData("De ramp met MH17 blijft een open wond.")]
    [InlineData("Het G20-overleg en de F-35 komen aan bod.")]
    public void Digits_without_a_footnote_stay_in_the_text(string sentence)
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda($"Rusland\n\n{sentence}"));
        Assert.Equal(sentence, letter.Sessions[0].Items[0].Paragraphs[0]);
        Assert.Empty(letter.Sessions[0].Items[0].Footnotes);
    }

    [Fact]
    public void A_numbered_line_without_a_marker_is_not_a_footnote()
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda("Rusland\n\nDe kernpunten zijn:\n\n1 meer aandacht voor eenheid\n\n2 meer weerbaarheid"));
        Assert.Empty(letter.Sessions[0].Items[0].Footnotes);
        Assert.Contains(letter.Sessions[0].Items[0].Paragraphs, p => p.Contains("meer aandacht voor eenheid", StringComparison.Ordinal));
    }
}
