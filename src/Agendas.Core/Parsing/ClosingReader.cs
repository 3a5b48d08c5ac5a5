using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Core.Parsing;

/// <summary>
/// Finds the salutation ("Geachte voorzitter,"), the closing ("Hoogachtend,") and the signature blocks
/// ("De minister van Buitenlandse Zaken," followed by a name). When a cover letter (salutation … signatures)
/// is followed by the annex itself, the whole cover letter is metadata, not item text.
/// </summary>
internal static partial class ClosingReader
{
    [GeneratedRegex(@"^(?:Geachte|Zeer\s+geachte)\s+(?:[Vv]oorzitter|heer|mevrouw|leden)\b.*,?$")]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(?:Hoogachtend|Met\s+vriendelijke\s+groet(?:en)?|Met\s+de\s+meeste\s+hoogachting),?$", RegexOptions.IgnoreCase)]
    private static partial Regex Valediction();

    [GeneratedRegex(@"^(?:[Dd]e\s+)?(?<role>(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)(?:\s+(?:van|voor)\s+[\p{L}\-’' ]{3,80}?)?)\s*,$")]
    private static partial Regex RoleLine();

    // Titles, initials, then a surname that may open with particles: "A.G. Koenders", "J.J. van Aartsen", "mr. J.G. de Hoop Scheffer".
    [GeneratedRegex(@"^(?:(?:mr|drs|dr|ir|prof|ing)\.\s*)*(?:\p{Lu}\.\s?){0,4}(?:(?<=\.\s?)(?:(?:van|de|der|den|ter|ten|het|'t|in\s+'t)\s+){1,3})?\p{Lu}[\p{L}’'\-]+(?:\s+(?:van|de|der|den|ter|ten|het|'t|\p{Lu}[\p{L}’'\-\.]*)){0,4}$")]
    private static partial Regex NameLine();

    /// <summary>Marks salutation, cover letter, closing and signature lines; returns the signatories.</summary>
    public static IReadOnlyList<Signatory> Read(SourceLine[] lines, LineRole[] roles)
    {
        var signatories = new List<Signatory>();
        int lastSignatureLine = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (roles[i] != LineRole.Body || lines[i].IsBlank)
            {
                continue;
            }
            string t = lines[i].Text;
            if (Valediction().IsMatch(t))
            {
                roles[i] = LineRole.Closing;
                continue;
            }
            var role = RoleLine().Match(t);
            if (!role.Success)
            {
                continue;
            }
            int name = NextNonBlank(lines, i + 1);
            if (name < 0 || roles[name] != LineRole.Body || lines[name].Text.Length > 45 || !NameLine().IsMatch(lines[name].Text))
            {
                continue;
            }
            roles[i] = LineRole.Closing;
            roles[name] = LineRole.Closing;
            signatories.Add(new Signatory(lines[name].Text, Capitalise(role.Groups["role"].Value.Trim())));
            lastSignatureLine = name;
        }

        int salutation = Array.FindIndex(lines, l => Salutation().IsMatch(l.Text));
        if (salutation >= 0 && roles[salutation] == LineRole.Body)
        {
            roles[salutation] = LineRole.Salutation;
            // A cover letter: the signatures come before the annex, which follows with substantial text.
            if (lastSignatureLine > salutation && CountBodyLines(lines, roles, lastSignatureLine + 1) >= 3)
            {
                for (int i = salutation + 1; i < lastSignatureLine; i++)
                {
                    if (roles[i] == LineRole.Body && !lines[i].IsBlank)
                    {
                        roles[i] = LineRole.CoverLetter;
                    }
                }
            }
        }
        return signatories;
    }

    private static string Capitalise(string role) => role.Length == 0 ? role : char.ToUpperInvariant(role[0]) + role[1..];

    private static int NextNonBlank(SourceLine[] lines, int from)
    {
        for (int j = from; j < lines.Length; j++)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }
        return -1;
    }

    private static int CountBodyLines(SourceLine[] lines, LineRole[] roles, int from)
    {
        int count = 0;
        for (int j = from; j < lines.Length; j++)
        {
            if (roles[j] == LineRole.Body && !lines[j].IsBlank)
            {
                count++;
            }
        }
        return count;
    }
}
