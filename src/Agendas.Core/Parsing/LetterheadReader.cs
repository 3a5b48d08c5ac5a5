using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Core.Parsing;

/// <summary>What the letterhead states: addressee, letter date, reference and subject ("Betreft").</summary>
internal sealed record Letterhead(Addressee? Addressee, DateOnly? LetterDate, string? Reference, string? Subject, int? SubjectLine);

/// <summary>
/// Reads the letterhead at the top of a letter (sender, address block, "Onze Referentie", "Datum", "Betreft",
/// "Aan de Voorzitter van de Tweede Kamer …", "Den Haag, 29 maart 2017") and marks its lines as metadata.
/// It ends at the first line that is not such a field: the salutation, a title or the letter's prose.
/// </summary>
internal static partial class LetterheadReader
{
    [GeneratedRegex(@"^Aan\s+de\s+[Vv]oorzitter(?:\s+van\s+de)?(?<rest>.*)$")]
    private static partial Regex AddressedTo();

    [GeneratedRegex(@"\b(?<chamber>Tweede|Eerste)\s+Kamer\b")]
    private static partial Regex Chamber();

    [GeneratedRegex(@"^(?:Onze\s+[Rr]eferentie|Ons\s+kenmerk|Kenmerk|Referentie)\b\s*:?\s*(?<value>\S.*)?$")]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"^Datum\b\s*:?\s*(?<value>.*)$")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:Den\s+Haag|'s-Gravenhage|’s-Gravenhage)\s*,\s*(?<value>.+)$")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^Betreft\b\s*:?\s*(?<value>.*)$")]
    private static partial Regex SubjectLabel();

    [GeneratedRegex(@"^(?:Bijlage(?:\(n\)|n)?|Uw\s+[Rr]eferentie|Uw\s+brief|Contactpersoon|Behandeld\s+door|Doorkiesnummer|Telefoon|E-?mail|Pagina|Kopie\s+aan)\b\s*:?\s*(?<value>.*)$")]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"^(?:Ministerie\s+van|Directie|Directoraat|Afdeling|Postbus|Binnenhof|Rijnstraat|Den\s+Haag$|'s-Gravenhage$|Nederland$|www\.|https?://|[TFE]\s+[\d+(]|\d{4}\s?[A-Z]{2}\b|\d{1,3}$|[A-Z][\p{L}\-]+(?:straat|weg|plein|laan|hof|gracht|kade|park)\s+\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressLine();

    [GeneratedRegex(@"^(?:Eerste|Tweede)\s+Kamer\s+der\s+Staten-Generaal$")]
    private static partial Regex ChamberLine();

    public static Letterhead Read(SourceLine[] lines, LineRole[] roles)
    {
        Addressee? addressee = null;
        DateOnly? letterDate = null;
        string? reference = null;
        string? subject = null;
        int? subjectLine = null;
        bool expectReference = false;
        bool expectValue = false;
        bool inSubject = false;

        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                inSubject = false;
                continue;
            }
            string t = line.Text;
            Match m;
            if (expectReference)
            {
                reference = t;
                expectReference = false;
            }
            else if (expectValue)
            {
                expectValue = false;
            }
            else if ((m = AddressedTo().Match(t)).Success)
            {
                addressee = ChamberOf(m.Groups["rest"].Value) ?? ChamberOf(NextText(lines, i)) ?? addressee;
                inSubject = false;
            }
            else if (ChamberLine().IsMatch(t))
            {
                addressee ??= ChamberOf(t);
            }
            else if ((m = ReferenceLabel().Match(t)).Success)
            {
                if (m.Groups["value"].Success)
                {
                    reference = m.Groups["value"].Value.Trim();
                }
                else
                {
                    expectReference = true;
                }
                inSubject = false;
            }
            else if ((m = DateLabel().Match(t)).Success || (m = PlaceAndDate().Match(t)).Success)
            {
                letterDate = DutchDates.FirstResolved(m.Groups["value"].Value, null) is { } d ? d.Start : letterDate;
                inSubject = false;
            }
            else if ((m = SubjectLabel().Match(t)).Success)
            {
                subject = m.Groups["value"].Value.Trim();
                subjectLine = line.Number;
                inSubject = true;
            }
            else if ((m = OtherLabel().Match(t)).Success)
            {
                expectValue = m.Groups["value"].Value.Length == 0 && !t.StartsWith("Pagina", StringComparison.Ordinal);
                inSubject = false;
            }
            else if (inSubject && t.Length < 90 && !SourceLines.EndsSentence(t))
            {
                subject = subject + " " + t;
            }
            else if (!AddressLine().IsMatch(t))
            {
                break; // the letter's own text begins
            }
            roles[i] = LineRole.Letterhead;
        }
        return new Letterhead(addressee, letterDate, reference, subject, subjectLine);
    }

    private static Addressee? ChamberOf(string text)
    {
        var m = Chamber().Match(text);
        return !m.Success ? null : m.Groups["chamber"].Value == "Tweede" ? Addressee.TweedeKamer : Addressee.EersteKamer;
    }

    private static string NextText(SourceLine[] lines, int i)
    {
        for (int j = i + 1; j < lines.Length; j++)
        {
            if (!lines[j].IsBlank)
            {
                return lines[j].Text;
            }
        }
        return "";
    }
}
