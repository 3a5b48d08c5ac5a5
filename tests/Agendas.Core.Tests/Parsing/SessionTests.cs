namespace Agendas.Core.Tests.Parsing;

public class SessionTests
{
    [Theory]
    [InlineData("SESSIE 1", 1, null)]
    [InlineData("Sessie 3: Strategisch Concept", 3, "Strategisch Concept")]
    [InlineData("Sessie 2 – Informeel diner Rusland/Oekraïne", 2, "Informeel diner Rusland/Oekraïne")]
    [InlineData("Werksessie 2: Afschrikking", 2, "Afschrikking")]
    [InlineData("Eerste sessie: Rusland", 1, "Rusland")]
    [InlineData("SESSIE TWEE", 2, null)]
    public void Reads_explicit_session_markers(string marker, int number, string? title)
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda($"{marker}\n\nChina\n\nTekst over China."));
        var session = Assert.Single(letter.Sessions);
        Assert.Equal(number, session.Number);
        Assert.Equal(title, session.Title);
        Assert.Equal($"sessie-{number}", session.Slug);
        Assert.Equal("China", Assert.Single(session.Items).Heading);
    }

    [Fact]
    public void A_letter_without_sessions_has_one_session_holding_all_items()
    {
        var letter = TestLetters.ParseOk(TestLetters.Agenda("Rusland\n\nTekst.\n\nChina\n\nTekst."));
        var session = Assert.Single(letter.Sessions);
        Assert.Equal(1, session.Number);
        Assert.Equal(["Rusland", "China"], session.Items.Select(i => i.Heading));
        Assert.Null(session.Date); // a single session of a two-day meeting: the text does not say which day
    }

    [Fact]
    public void Sessions_stated_in_sequence_in_the_introduction_collect_their_items()
    {
        string text = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 2 februari 2016

            Hierbij treft u de geannoteerde agenda aan voor de bijeenkomst van de Navo-ministers van Defensie op 10 en 11 februari a.s. in Brussel. De bijeenkomst begint met een werksessie over de Oostflank en de cyberverdediging. Aansluitend volgt een werkdiner over de situatie in Syrië en Irak. De bijeenkomst wordt afgesloten met een bijeenkomst van de NAVO-Georgië Commissie (NGC).

            Oostflank

            Ministers spreken over de versterking van de Oostflank.

            Cyberverdediging

            De cyberverdediging wordt verder versterkt.

            Syrië en Irak

            Tijdens het werkdiner wordt gesproken over de strijd tegen ISIS.

            Georgië

            In de NGC wordt gesproken over de hervormingen in Georgië.
            """;
        var letter = TestLetters.ParseOk(text);
        Assert.Equal(["defensie"], letter.Meeting.Councils.Select(Agendas.Core.Model.Slugs.CouncilSlug));
        Assert.Equal([1, 2, 3], letter.Sessions.Select(s => s.Number));
        Assert.Equal(["Oostflank", "Cyberverdediging"], letter.Sessions[0].Items.Select(i => i.Heading));
        Assert.Equal(["Syrië en Irak"], letter.Sessions[1].Items.Select(i => i.Heading));
        Assert.Equal(["Georgië"], letter.Sessions[2].Items.Select(i => i.Heading));
        Assert.Equal("Werkdiner", letter.Sessions[1].Title);
        Assert.Equal(new DateOnly(2016, 2, 10), letter.Sessions[0].Date);
    }

    [Fact]
    public void A_report_places_items_by_the_session_their_text_names()
    {
        string text = """
            VERSLAG VAN DE BIJEENKOMST VAN DE NAVO-MINISTERS VAN DEFENSIE VAN 14 EN 15 FEBRUARI 2018

            De eerste sessie vond plaats op 14 februari. De tweede sessie en de derde sessie vonden plaats op 15 februari.

            Afschrikking

            In de eerste sessie spraken de ministers over afschrikking.

            Lastenverdeling

            Ook de lastenverdeling kwam aan bod.

            Irak

            In de tweede sessie ging het over de missie in Irak.

            Afghanistan

            De derde sessie was gewijd aan Resolute Support.
            """;
        var letter = TestLetters.ParseOk(text);
        Assert.Equal(Agendas.Core.Model.DocumentKind.Report, letter.Document.Kind);
        Assert.Equal(["Afschrikking", "Lastenverdeling"], letter.Sessions[0].Items.Select(i => i.Heading));
        Assert.Equal(["Irak"], letter.Sessions[1].Items.Select(i => i.Heading));
        Assert.Equal(["Afghanistan"], letter.Sessions[2].Items.Select(i => i.Heading));
        Assert.Equal([new DateOnly(2018, 2, 14), new DateOnly(2018, 2, 15), new DateOnly(2018, 2, 15)], letter.Sessions.Select(s => s.Date!.Value));
    }

    [Fact]
    public void Session_dates_follow_the_order_of_the_meeting()
    {
        string body = "SESSIE 1\n\nRusland\n\nTekst.\n\nSESSIE 2\n\nChina\n\nTekst.\n\nSESSIE 3\n\nOekraïne\n\nTekst.";
        string text = "GEANNOTEERDE AGENDA NAVO MINISTERIËLE\n1 EN 2 DECEMBER 2020\n\nOp 1 en 2 december vindt een bijeenkomst van NAVO-ministers van Buitenlandse Zaken plaats. De tweede sessie vindt plaats op 2 december.\n\n" + body;
        var letter = TestLetters.ParseOk(text);
        // The meeting opens with session 1 (first day) and closes with session 3 (last day).
        Assert.Equal([new DateOnly(2020, 12, 1), new DateOnly(2020, 12, 2), new DateOnly(2020, 12, 2)], letter.Sessions.Select(s => s.Date));
    }
}
