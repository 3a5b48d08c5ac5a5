using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Core.Parsing;

/// <summary>
/// Page furniture of parliamentary papers: running footers ("Tweede Kamer, vergaderjaar 2016–2017, 28 676, nr. 266 4"),
/// bare page numbers, "Pagina 2 van 5", and letterhead lines repeated on later pages.
/// The footer names the letter's own Kamerstuk number.
/// </summary>
internal static partial class RunningFooters
{
    [GeneratedRegex(@"^(?<chamber>Tweede|Eerste)\s+Kamer,?\s+(?:der\s+Staten-Generaal,?\s+)?vergaderjaar\s+\d{4}\s*[–\-/]\s*\d{2,4},?\s+(?<dossier>\d{2}\s?\d{3}(?:[\s\-](?:[IVXLC]+|[A-Z]{1,2}))?)\s*,\s*nr\.\s*(?<nr>\d+)(?:\s+\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(?:\d{1,3}|-\s?\d{1,3}\s?-|[Pp]agina\s+\d+(?:\s+van\s+\d+)?|\d{1,3}\s*/\s*\d{1,3})$")]
    private static partial Regex PageNumber();

    /// <summary>Marks footers and page numbers; returns the Kamerstuk number and chamber the footer states.</summary>
    public static (string? Kamerstuk, Addressee? Chamber) Mark(SourceLine[] lines, LineRole[] roles)
    {
        string? kamerstuk = null;
        Addressee? chamber = null;
        var letterhead = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            if (roles[i] == LineRole.Letterhead && lines[i].Text.Length > 3)
            {
                letterhead.Add(lines[i].Text);
            }
        }
        for (int i = 0; i < lines.Length; i++)
        {
            if (roles[i] != LineRole.Body || lines[i].IsBlank)
            {
                continue;
            }
            string t = lines[i].Text;
            var m = Footer().Match(t);
            if (m.Success)
            {
                roles[i] = LineRole.Footer;
                kamerstuk ??= References.Normalise(m.Groups["dossier"].Value, m.Groups["nr"].Value);
                chamber ??= m.Groups["chamber"].Value.Equals("Tweede", StringComparison.OrdinalIgnoreCase) ? Addressee.TweedeKamer : Addressee.EersteKamer;
            }
            else if (PageNumber().IsMatch(t) && IsolatedLine(lines, i))
            {
                roles[i] = LineRole.PageNumber;
            }
            else if (letterhead.Contains(t))
            {
                roles[i] = LineRole.Debris; // the letterhead repeated on a later page
            }
        }
        return (kamerstuk, chamber);
    }

    // A page number stands alone: blank (or the edge of the text) on at least one side.
    private static bool IsolatedLine(SourceLine[] lines, int i) =>
        i == 0 || i == lines.Length - 1 || lines[i - 1].IsBlank || lines[i + 1].IsBlank;
}
