using Agendas.Core.Parsing;

namespace Agendas.Core.Tests.Parsing;

public class DehyphenationTests
{
    [Theory]
    [InlineData("aanwe", "zigheid", "aanwezigheid")]          // a plain Dutch word split by the typesetter
    [InlineData("Reflectie", "groep", "Reflectiegroep")]      // capital at the word's start, not next to the hyphen
    [InlineData("cyber", "domein", "cyberdomein")]
    [InlineData("Counterter", "rorism", "Counterterrorism")]
    [InlineData("NAVO", "landen", "NAVO-landen")]             // next to an acronym
    [InlineData("EU", "lidstaten", "EU-lidstaten")]
    [InlineData("Oost", "Europa", "Oost-Europa")]             // next to a capital
    [InlineData("Secretaris", "Generaal", "Secretaris-Generaal")]
    [InlineData("5G", "netwerk", "5G-netwerk")]               // next to a digit
    [InlineData("F", "35", "F-35")]
    [InlineData("zee", "egel", "zee-egel")]                   // vowels that would merge
    [InlineData("co", "operatie", "co-operatie")]
    [InlineData("mini", "eenheid", "mini-eenheid")]
    [InlineData("radio", "actief", "radioactief")]            // o + a do not merge: one word
    [InlineData("Navo", "landen", "Navo-landen")]             // older letters write the acronym as a word
    public void Spelling_rule_decides_when_no_letter_has_evidence(string left, string right, string expected)
    {
        string joined = LineBreakHyphens.Join(left + "-", right, WordEvidence.Empty);
        Assert.Equal(expected, joined);
    }

    [Theory]
    [InlineData("politiek", "militair", "een politiek-militair advies", "politiek-militair")]
    [InlineData("Secretaris", "generaal", "de Secretaris-generaal van de NAVO", "Secretaris-generaal")]
    [InlineData("niet", "militaire", "ook niet-militaire middelen", "niet-militaire")]
    [InlineData("co", "ordinatie", "betere coordinatie tussen bondgenoten", "coordinatie")]
    [InlineData("co", "voorzitters", "de twee co-voorzitters", "co-voorzitters")]
    public void Evidence_of_the_corpus_wins_over_the_spelling_rule(string left, string right, string evidenceLine, string expected)
    {
        var evidence = WordEvidence.Collect([evidenceLine]);
        Assert.Equal(expected, LineBreakHyphens.Join(left + "-", right, evidence));
    }

    [Fact]
    public void The_majority_form_wins_when_the_corpus_writes_both()
    {
        var evidence = WordEvidence.Collect(["kort-verband\nkortverband\nkortverband"]);
        Assert.Equal("kortverband", LineBreakHyphens.Join("kort-", "verband", evidence));
    }

    [Fact]
    public void Evidence_comes_from_other_letters_of_the_same_run()
    {
        var parser = TestLetters.Parser;
        string broken = TestLetters.Agenda("Rusland\n\nMinisters bespreken een geconsolideerd politiek-\nmilitair advies over Rusland.");
        string whole = TestLetters.Agenda("China\n\nHet politiek-militair advies over China komt later.");
        var alone = parser.ParseAll([new SourceText("a.txt", broken)]);
        var together = parser.ParseAll([new SourceText("a.txt", broken), new SourceText("b.txt", whole)]);

        Assert.Contains("politiekmilitair advies", TestLetters.AllParagraphs(alone[0].Letter!).Single(p => p.StartsWith("Ministers", StringComparison.Ordinal)));
        Assert.Contains("politiek-militair advies", TestLetters.AllParagraphs(together[0].Letter!).Single(p => p.StartsWith("Ministers", StringComparison.Ordinal)));
    }

    [Fact]
    public void Stored_counts_count_as_evidence()
    {
        var parser = TestLetters.Parser;
        string broken = TestLetters.Agenda("Rusland\n\nMinisters bespreken een geconsolideerd politiek-\nmilitair advies over Rusland.");
        var results = parser.ParseAll([new SourceText("a.txt", broken)], new Dictionary<string, int> { ["politiek-militair"] = 3 });
        Assert.Contains("politiek-militair advies", string.Join(" ", TestLetters.AllParagraphs(results[0].Letter!)));
    }

    [Theory]
    [InlineData("het behouden van een voorsprong -\nis cruciaal", "het behouden van een voorsprong - is cruciaal")]   // a spaced dash is no hyphen
    [InlineData("de veiligheids-\nen defensie-instituties", "de veiligheids- en defensie-instituties")]           // an elision hyphen stays
    [InlineData("het NAVO-\nverdragsgebied", "het NAVO-verdragsgebied")]
    [InlineData("in aanwe-\nzigheid van Georgië", "in aanwezigheid van Georgië")]
    public void Paragraph_lines_are_joined_across_line_end_hyphens(string lines, string expected)
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda($"Rusland\n\nDe ministers spreken over {lines} en meer.", "GEANNOTEERDE AGENDA NAVO MINISTERIËLE\n1 EN 2 DECEMBER 2020"));
        Assert.Contains(expected, string.Join(" ", TestLetters.AllParagraphs(letter)));
    }

    [Fact]
    public void Words_broken_at_a_line_end_are_not_evidence_themselves()
    {
        var counts = LineBreakHyphens.WholeWords("de aanwe-\nzigheid van de NAVO-Reflectiegroep");
        Assert.False(counts.ContainsKey("aanwe"));
        Assert.False(counts.ContainsKey("zigheid"));
        Assert.Equal(1, counts["reflectiegroep"]);
        Assert.Equal(1, counts["navo-reflectiegroep"]);
    }
}
