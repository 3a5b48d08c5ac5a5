using Agendas.Core.Model;

namespace Agendas.Core.Tests.Parsing;

public class LetterMetadataTests
{
    private const string Letterhead = """


        Ministerie van Buitenlandse Zaken

        Aan de Voorzitter van de
        Eerste Kamer der Staten-Generaal
        Binnenhof 22
        Den Haag

        Directie Veiligheidsbeleid
        Rijnstraat 8
        2515 XP Den Haag
        Postbus 20061
        Nederland
        www.rijksoverheid.nl

        Onze Referentie

        BZDOC-1649422007-40

        Datum 1 april 2021
        Betreft Verslag van de bijeenkomst van NAVO ministers van Buitenlandse Zaken
        van 23 en 24 maart 2021

        Bijlage(n)

        1

        Geachte voorzitter,

        Hierbij bied ik u het verslag aan van de bijeenkomst van de NAVO ministers van Buitenlandse Zaken van 23 en 24 maart 2021.

        De minister van Buitenlandse Zaken,

        Stef Blok

        VERSLAG BIJEENKOMST VAN DE MINISTERS VAN BUITENLANDSE ZAKEN NAVO VAN 23 EN 24 MAART 2021

        De bijeenkomst vond plaats op dinsdag 23 maart en woensdag 24 maart in Brussel.

        Afghanistan

        De focus lag op Afghanistan.
        """;

    [Fact]
    public void Reads_the_letterhead_fields()
    {
        var d = TestLetters.ParseOk(Letterhead).Document;
        Assert.Equal(DocumentKind.Report, d.Kind);
        Assert.Equal(new DateOnly(2021, 4, 1), d.LetterDate);
        Assert.Equal(Addressee.EersteKamer, d.Addressee);
        Assert.Equal("BZDOC-1649422007-40", d.Reference);
        Assert.Equal("Verslag van de bijeenkomst van NAVO ministers van Buitenlandse Zaken van 23 en 24 maart 2021", d.Title);
        var signatory = Assert.Single(d.Signatories);
        Assert.Equal("Stef Blok", signatory.Name);
        Assert.Equal("Minister van Buitenlandse Zaken", signatory.Role);
    }

    [Fact]
    public void Keeps_letterhead_cover_letter_and_signature_out_of_the_text()
    {
        var letter = TestLetters.ParseOk(Letterhead);
        string text = string.Join(" ", TestLetters.AllParagraphs(letter));
        foreach (string metadata in new[] { "Rijnstraat", "Postbus", "Onze Referentie", "Geachte voorzitter", "Stef Blok", "Hierbij bied ik u", "VERSLAG BIJEENKOMST" })
        {
            Assert.DoesNotContain(metadata, text, StringComparison.Ordinal);
        }
        Assert.StartsWith("De bijeenkomst vond plaats", letter.Introduction[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_place_date_closing_and_running_footer_of_a_plain_letter()
    {
        string text = """
             Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 29 maart 2017

            Hierbij treft u de geannoteerde agenda aan voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 31 maart a.s. in Brussel.

            Rusland

            Tekst over Rusland.

            De Minister van Buitenlandse Zaken,
            A.G. Koenders

            Tweede Kamer, vergaderjaar 2016–2017, 28 676, nr. 266 4
            """;
        var letter = TestLetters.ParseOk(text);
        Assert.Equal(new DateOnly(2017, 3, 29), letter.Document.LetterDate);
        Assert.Equal(Addressee.TweedeKamer, letter.Document.Addressee);
        Assert.Equal("28676-266", letter.Document.Kamerstuk);
        Assert.Equal("A.G. Koenders", Assert.Single(letter.Document.Signatories).Name);
        Assert.Equal(new DateOnly(2017, 3, 31), letter.Meeting.StartDate);
        Assert.Equal("Brussel", letter.Meeting.Location);
        Assert.Equal("Tekst over Rusland.", Assert.Single(letter.Sessions[0].Items[0].Paragraphs));
        Assert.DoesNotContain("28676-266", letter.References); // the letter's own number is no reference
    }

    [Theory]
    [InlineData("Tweede Kamer, vergaderjaar 2016–2017, 28 676, nr. 266 4", "28676-266")]
    [InlineData("Tweede Kamer, vergaderjaar 2020-2021, 28 676, nr. 353 2", "28676-353")]
    [InlineData("Eerste Kamer, vergaderjaar 2012–2013, 33 400 V, nr. 12", "33400-V-12")]
    public void A_running_footer_names_the_Kamerstuk_and_leaves_the_text(string footer, string kamerstuk)
    {
        string text = TestLetters.Agenda($"Rusland\n\nDe eerste alinea loopt door over de\n\n{footer}\n\nbladzijde heen.");
        var letter = TestLetters.ParseOk(text);
        Assert.Equal(kamerstuk, letter.Document.Kamerstuk);
        Assert.Equal("De eerste alinea loopt door over de bladzijde heen.", Assert.Single(letter.Sessions[0].Items[0].Paragraphs));
    }

    [Theory]
    [InlineData("GEANNOTEERDE AGENDA NAVO-TOP\n24 EN 25 JUNI 2025", "Op 24 en 25 juni vindt de NAVO-top plaats in Den Haag.", "top", "2025-06-24-top")]
    [InlineData("GEANNOTEERDE AGENDA NAVO DEFENSIEMINISTERS\n13 EN 14 FEBRUARI 2019", "De ministers van Defensie komen bijeen in Brussel.", "defensie", "2019-02-13-defensie")]
    [InlineData("Geannoteerde agenda Navo-ministeriële van 7 en 8 december 2010", "De ministers van Buitenlandse Zaken komen bijeen in Brussel.", "buitenlandse-zaken", "2010-12-07-buitenlandse-zaken")]
    [InlineData("Verslag van de informele NAVO-defensieministersbijeenkomst van 14 en 15 februari 2018", "De ministers kwamen bijeen in Brussel.", "defensie", "2018-02-14-defensie")]
    public void Reads_councils_from_the_title(string title, string introduction, string council, string slug)
    {
        var letter = TestLetters.ParseOk($"{title}\n\n{introduction}\n\nRusland\n\nTekst.");
        Assert.Equal(council, Slugs.CouncilSlug(Assert.Single(letter.Meeting.Councils)));
        Assert.Equal(slug, letter.Meeting.Slug);
    }

    [Fact]
    public void An_all_caps_title_is_written_as_a_sentence_in_the_letters_own_spelling()
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda("Rusland\n\nDe NAVO en de ministeriële bijeenkomst."));
        Assert.Equal("Geannoteerde agenda NAVO ministeriële 1 en 2 december 2020", letter.Document.Title);
    }

    [Fact]
    public void A_letter_without_title_or_subject_gets_a_built_title()
    {
        var letter = TestLetters.ParseOk("Hierbij treft u de geannoteerde agenda aan voor de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 31 maart 2017 in Brussel.\n\nRusland\n\nTekst.");
        Assert.Equal("Geannoteerde agenda NAVO-bijeenkomst van ministers van Buitenlandse Zaken, 31 maart 2017", letter.Document.Title);
    }

    [Fact]
    public void A_cover_letter_without_salutation_is_metadata_when_the_annex_title_follows_its_signature()
    {
        string text = """
             Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 29 januari 2015

            Hierbij bied ik u, mede namens de minister van Buitenlandse Zaken, de geannoteerde agenda aan van de
            bijeenkomst van Navo-ministers van Defensie op 5 februari a.s. in Brussel.

            De minister van Defensie,

            J.A. Hennis-Plasschaert

            Geannoteerde agenda Navo-defensieministersoverleg 5 februari 2015

            Op 5 februari a.s. vindt in Brussel een bijeenkomst plaats van de Navo-ministers van Defensie. Daarnaast
            zal worden gesproken over de Navo-missie in Afghanistan.

            Resolute Support
            Sinds 1 januari jl. is de Navo-missie Resolute Support van start gegaan.
            """;
        var letter = TestLetters.ParseOk(text);
        Assert.Equal("Geannoteerde agenda Navo-defensieministersoverleg 5 februari 2015", letter.Document.Title);
        // "mede namens de minister van Buitenlandse Zaken" names a minister, not the council that meets.
        Assert.Equal("2015-02-05-defensie", letter.Meeting.Slug);
        Assert.StartsWith("Op 5 februari a.s. vindt in Brussel", Assert.Single(letter.Introduction), StringComparison.Ordinal);
        Assert.Equal(["Resolute Support"], letter.Sessions.SelectMany(s => s.Items).Select(i => i.Heading));
        Assert.Equal("J.A. Hennis-Plasschaert", Assert.Single(letter.Document.Signatories).Name);
    }
}
