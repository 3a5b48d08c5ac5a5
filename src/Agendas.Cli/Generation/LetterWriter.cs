using System.Globalization;
using System.Text;
using Agendas.Core.Model;

namespace Agendas.Cli.Generation;

/// <summary>
/// Writes a <see cref="PlannedLetter"/> as the plain text PDF extraction gives: wrapped lines (trailing spaces and
/// all), a letterhead or title, the introduction, session markers, headings, paragraphs, signatures and the running
/// footer with the letter's Kamerstuk number.
/// </summary>
internal static class LetterWriter
{
    public static string Write(PlannedLetter letter, Random random)
    {
        // Seeds 000, 003 and 004 wrap near 75 characters and end lines with a space; seed 002 does not wrap.
        bool wraps = letter.Form != LetterForm.CoverLetter || random.NextDouble() < 0.3;
        var text = new LetterText(wraps ? random.Next(68, 83) : 0, wraps ? " " : "");
        var meeting = letter.Meeting;
        bool agenda = letter.Kind == DocumentKind.Agenda;
        bool firstChamber = random.NextDouble() < 0.1;
        string chamber = firstChamber ? "Eerste Kamer" : "Tweede Kamer";

        switch (letter.Form)
        {
            case LetterForm.TitleBlock:
                text.Line("");
                text.Title(CapsTitle(letter));
                text.Blank();
                if (random.NextDouble() < 0.6)
                {
                    text.Paragraph(random.NextDouble() < 0.7 ? "Introductie" : "Inleiding");
                }
                text.Paragraph(OpeningSentences(letter, random));
                break;
            case LetterForm.Addressed:
                text.Paragraph($" Aan de Voorzitter van de {chamber} der Staten-Generaal");
                text.Paragraph($"Den Haag, {DutchWords.Span(letter.LetterDate, letter.LetterDate)}");
                text.Paragraph(AddressedOpening(letter));
                break;
            case LetterForm.CoverLetter:
                WriteLetterhead(text, letter, chamber);
                text.Paragraph(CapsTitle(letter));
                text.Paragraph(OpeningSentences(letter, random));
                break;
        }
        if (letter.Marking != SessionMarking.None && letter.Sessions.Count > 1)
        {
            string count = DutchWords.Number(letter.Sessions.Count);
            text.Paragraph(agenda
                ? $"Naar verwachting zal de bijeenkomst bestaan uit {count} sessies."
                : $"De bijeenkomst bestond uit {count} sessies.");
        }
        foreach (string paragraph in letter.Introduction)
        {
            text.Paragraph(paragraph);
        }

        foreach (var session in letter.Sessions)
        {
            if (letter.Marking == SessionMarking.Numbered)
            {
                text.Paragraph($"SESSIE {session.Number}");
            }
            else if (letter.Marking == SessionMarking.Titled)
            {
                text.Paragraph($"Sessie {session.Number}: {session.Title}");
            }
            foreach (string paragraph in session.Paragraphs)
            {
                text.Paragraph(paragraph);
            }
            foreach (var item in session.Items)
            {
                text.Paragraph(item.Heading);
                foreach (string paragraph in item.Paragraphs)
                {
                    text.Paragraph(paragraph);
                }
            }
        }

        if (letter.Form != LetterForm.CoverLetter)
        {
            WriteSignatures(text, letter);
        }
        text.Line($"{chamber}, vergaderjaar {SessionYear(letter.LetterDate)}, 28 676, nr. {letter.KamerstukNumber.ToString(CultureInfo.InvariantCulture)} {random.Next(2, 9).ToString(CultureInfo.InvariantCulture)}");
        return text.ToString();
    }

    /// <summary>The annex's title in capitals, with the meeting's councils and dates (the parser reads both from it).</summary>
    private static string CapsTitle(PlannedLetter letter)
    {
        var meeting = letter.Meeting;
        string span = DutchWords.Span(meeting.Start, meeting.End);
        string what = letter.Kind == DocumentKind.Agenda ? "GEANNOTEERDE AGENDA VOOR DE" : "VERSLAG VAN DE";
        // "VAN 3 EN 4 MEI 2000" stays on one line: the parser continues a capitals title only with a line of at least
        // six capitals, so a wrapped-off "EN 4 MEI 2000" would lose the meeting's date (a real PDF could do this too).
        string when = Unbroken($"VAN {span}" + (meeting.Councils.Contains(Council.Top) ? $" IN {meeting.Place}" : ""));
        string title = meeting.Councils.Contains(Council.Top)
            ? $"{what} NAVO-TOP VAN STAATSHOOFDEN EN REGERINGSLEIDERS {when}"
            : $"{what} BIJEENKOMST VAN DE NAVO-MINISTERS VAN {Councils(meeting)} {when}";
        return title.ToUpper(CultureInfo.GetCultureInfo("nl-NL"));
    }

    /// <summary>Words the wrapping keeps together (<see cref="LetterText"/> writes the marks as spaces).</summary>
    private static string Unbroken(string words) => words.Replace(' ', LetterText.KeepTogether);

    private static string Councils(PlannedMeeting meeting) =>
        meeting.Councils.Contains(Council.BuitenlandseZaken) && meeting.Councils.Contains(Council.Defensie) ? "Buitenlandse Zaken en van Defensie"
        : meeting.Councils.Contains(Council.Defensie) ? "Defensie"
        : "Buitenlandse Zaken";

    private static string Who(PlannedMeeting meeting) => meeting.Councils.Contains(Council.Top)
        ? "de NAVO-top van staatshoofden en regeringsleiders"
        : $"een bijeenkomst van de NAVO-ministers van {Councils(meeting)}";

    private static string Where(PlannedMeeting meeting) => meeting.Place is { } place ? $"in {place}" : "via een beveiligde videoverbinding";

    /// <summary>"Op dinsdag 1 december en woensdag 2 december 2020 vindt in Brussel een bijeenkomst … plaats."</summary>
    private static string OpeningSentences(PlannedLetter letter, Random random)
    {
        var meeting = letter.Meeting;
        string when = DutchWords.SpanWithWeekdays(meeting.Start, meeting.End);
        string minister = meeting.Councils.Contains(Council.Defensie) && !meeting.Councils.Contains(Council.BuitenlandseZaken)
            ? "De Minister van Defensie" : meeting.Councils.Contains(Council.Top) ? "De Minister-President" : "De Minister van Buitenlandse Zaken";
        if (letter.Kind == DocumentKind.Agenda)
        {
            string intent = random.NextDouble() < 0.5 ? "is voornemens deel te nemen aan deze bijeenkomst." : "zal aan deze bijeenkomst deelnemen.";
            return $"Op {when} vindt {Where(meeting)} {Who(meeting)} plaats. {minister} {intent}";
        }
        return $"Op {when} vond {Where(meeting)} {Who(meeting)} plaats. Hierbij ontvangt u het verslag. {minister} nam deel aan deze bijeenkomst.";
    }

    /// <summary>Seed 004's opening: the meeting is named in the first sentence, after "Hierbij treft u".</summary>
    private static string AddressedOpening(PlannedLetter letter)
    {
        var meeting = letter.Meeting;
        string span = DutchWords.Span(meeting.Start, meeting.End);
        string who = $"de bijeenkomst van de NAVO-ministers van {Councils(meeting)}";
        return letter.Kind == DocumentKind.Agenda
            ? $"Hierbij treft u de geannoteerde agenda aan voor {who} op {span} {Where(meeting)}."
            : $"Hierbij ontvangt u het verslag van {who} van {span} {Where(meeting)}.";
    }

    /// <summary>Seed 002's letterhead: ministry, addressee, reference, date, subject, cover letter and its signature.</summary>
    private static void WriteLetterhead(LetterText text, PlannedLetter letter, string chamber)
    {
        var meeting = letter.Meeting;
        bool defence = meeting.Councils.Contains(Council.Defensie) && !meeting.Councils.Contains(Council.BuitenlandseZaken);
        string ministry = defence ? "Defensie" : "Buitenlandse Zaken";
        text.Blank();
        text.Blank();
        text.Paragraph($"Ministerie van {ministry}");
        text.Line("Aan de Voorzitter van de");
        text.Line($"{chamber} der Staten-Generaal");
        text.Line("Binnenhof 4");
        text.Paragraph("Den Haag");
        text.Line(defence ? "Directie Internationale Zaken" : "Directie Veiligheidsbeleid");
        text.Line(defence ? "Kalvermarkt 32" : "Rijnstraat 8");
        text.Line("2511 CB Den Haag");
        text.Line("Nederland");
        text.Paragraph("www.rijksoverheid.nl");
        text.Paragraph("Onze Referentie");
        text.Paragraph(string.Create(CultureInfo.InvariantCulture, $"BZDOC-{letter.LetterDate:yyyyMMdd}{letter.Index:D5}-{letter.KamerstukNumber}"));
        string span = DutchWords.Span(meeting.Start, meeting.End);
        string what = letter.Kind == DocumentKind.Agenda ? "Geannoteerde agenda voor" : "Verslag van";
        string subject = meeting.Councils.Contains(Council.Top)
            ? $"{what} de NAVO-top van staatshoofden en regeringsleiders"
            : $"{what} de bijeenkomst van NAVO ministers van {Councils(meeting)}";
        text.Line($"Datum {DutchWords.Span(letter.LetterDate, letter.LetterDate)}");
        text.Line($"Betreft {subject}");
        text.Paragraph($"van {span}");
        text.Paragraph("Bijlage(n)");
        text.Paragraph("1");
        text.Paragraph("Geachte voorzitter,");
        string document = letter.Kind == DocumentKind.Agenda ? "de geannoteerde agenda" : "het verslag";
        text.Paragraph($"Hierbij bied ik u {document} aan van {Who(meeting)} van {span}.");
        string role = defence ? "De minister van Defensie," : "De minister van Buitenlandse Zaken,";
        text.Paragraph(role);
        text.Paragraph(defence ? Ministers.DefenceOn(letter.LetterDate) : Ministers.ForeignAffairsOn(letter.LetterDate));
    }

    private static void WriteSignatures(LetterText text, PlannedLetter letter)
    {
        var councils = letter.Meeting.Councils;
        if (councils.Contains(Council.BuitenlandseZaken) || councils.Contains(Council.Top))
        {
            text.Line("De Minister van Buitenlandse Zaken,");
            text.Paragraph(Ministers.ForeignAffairsOn(letter.LetterDate));
        }
        if (councils.Contains(Council.Defensie))
        {
            text.Line("De Minister van Defensie,");
            text.Paragraph(Ministers.DefenceOn(letter.LetterDate));
        }
    }

    /// <summary>The parliamentary year ("2016–2017") opens in September.</summary>
    private static string SessionYear(DateOnly date)
    {
        int first = date.Month >= 9 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{first}–{first + 1}");
    }

    /// <summary>Lines being written: paragraphs wrapped at the letter's width (0: one line each), a blank line after each.</summary>
    private sealed class LetterText(int width, string lineEnd)
    {
        public const char KeepTogether = '\u0001';

        private readonly StringBuilder _text = new();

        public void Line(string line) => _text.Append(line.Replace(KeepTogether, ' ')).Append('\n');

        public void Blank() => _text.Append('\n');

        /// <summary>A title in capitals, wrapped like a paragraph but without a blank line inside.</summary>
        public void Title(string title) => Wrap(title);

        public void Paragraph(string paragraph)
        {
            Wrap(paragraph);
            Blank();
        }

        private void Wrap(string paragraph)
        {
            if (width == 0)
            {
                Line(paragraph.TrimEnd());
                return;
            }
            var line = new StringBuilder();
            foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    Line(line + lineEnd);
                    line.Clear();
                }
                if (line.Length > 0)
                {
                    line.Append(' ');
                }
                line.Append(word);
            }
            if (line.Length > 0)
            {
                Line(line + lineEnd);
            }
        }

        public override string ToString() => _text.ToString();
    }
}
