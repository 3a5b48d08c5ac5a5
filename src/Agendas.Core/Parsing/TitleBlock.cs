using System.Text;
using System.Text.RegularExpressions;
using Agendas.Core.Text;

namespace Agendas.Core.Parsing;

/// <summary>
/// The annex's own title: "GEANNOTEERDE AGENDA NAVO MINISTERIËLE ⏎ 1 EN 2 DECEMBER 2020", or a mixed-case
/// line opening with "Geannoteerde agenda" / "Verslag". It stands before the first paragraph of the body.
/// </summary>
internal static partial class TitleBlock
{
    [GeneratedRegex(@"\b(?:AGENDA|VERSLAG|NAVO|NATO|BIJEENKOMST|BIJENKOMST|MINISTERI|TOP)", RegexOptions.CultureInvariant)]
    private static partial Regex CapsKeyword();

    [GeneratedRegex(@"^(?:Geannoteerde\s+agenda\b|Verslag(?:$|\b(?=.*(?:NAVO|Navo|NATO|bijeenkomst|vergadering|ministeri|\b[Tt]op\b))))", RegexOptions.IgnoreCase)]
    private static partial Regex MixedCaseTitle();

    /// <summary>Marks the title lines; returns their raw text (lines joined) and the first line number, or null.</summary>
    public static (string Text, int Line)? Mark(SourceLine[] lines, LineRole[] roles, WordEvidence evidence)
    {
        int first = FirstBodyLine(lines, roles, 0);
        if (first >= 0 && !IsTitleLine(lines[first].Text))
        {
            // Prose came first. It may be a cover letter without salutation ("Hierbij bied ik u …", signatures)
            // with the annex's title right after its signatures; otherwise the letter has no title block.
            int closing = Array.FindIndex(roles, first, r => r == LineRole.Closing);
            int afterClosing = closing < 0 ? -1 : FirstBodyLine(lines, roles, Array.FindLastIndex(roles, r => r == LineRole.Closing) + 1);
            if (afterClosing < 0 || !IsTitleLine(lines[afterClosing].Text) || Array.FindIndex(roles, afterClosing, r => r == LineRole.Closing) >= 0)
            {
                return null;
            }
            for (int i = first; i < afterClosing; i++)
            {
                if (roles[i] == LineRole.Body)
                {
                    roles[i] = LineRole.CoverLetter;
                }
            }
            first = afterClosing;
        }
        if (first < 0)
        {
            return null;
        }
        string text = lines[first].Text;
        roles[first] = LineRole.Title;
        bool caps = IsCaps(text);
        for (int i = first + 1; i < lines.Length && roles[i] == LineRole.Body && !lines[i].IsBlank; i++)
        {
            string t = lines[i].Text;
            // A caps title's last line may be too short to count as capitals on its own ("EN 4 MEI 2000"): any line
            // without a lower-case letter continues it.
            bool continues = LineBreakHyphens.EndsWithWordHyphen(text) || (caps ? IsCaps(t) || t.All(c => !char.IsLower(c)) : t.Length < 80 && !SourceLines.EndsSentence(text));
            if (!continues)
            {
                break;
            }
            text = LineBreakHyphens.EndsWithWordHyphen(text) ? LineBreakHyphens.Join(text, t, evidence) : text + " " + t;
            roles[i] = LineRole.Title;
        }
        return (text, lines[first].Number);
    }

    private static bool IsTitleLine(string t) =>
        (IsCaps(t) && CapsKeyword().IsMatch(t)) || (MixedCaseTitle().IsMatch(t) && t.Length < 160 && !SourceLines.EndsSentence(t));

    private static int FirstBodyLine(SourceLine[] lines, LineRole[] roles, int from)
    {
        for (int i = from; i < lines.Length; i++)
        {
            if (roles[i] == LineRole.Body && !lines[i].IsBlank)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Mostly capitals: at least 60% of the letters, and at least 6 of them.</summary>
    public static bool IsCaps(string text)
    {
        int letters = 0;
        int upper = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }
        return letters >= 6 && upper * 10 >= letters * 6;
    }

    /// <summary>
    /// Writes an all-caps title as a sentence, taking each word's case from the body of the letter
    /// ("NAVO" stays, "MINISTERIËLE" becomes "ministeriële"); the first word is capitalised.
    /// </summary>
    public static string SentenceCase(string title, IReadOnlyDictionary<string, string> bodyForms)
    {
        var sb = new StringBuilder(title.Length);
        bool first = true;
        foreach (Match m in Regex.Matches(title, @"[\p{L}\p{N}]+|[^\p{L}\p{N}]+"))
        {
            string w = m.Value;
            if (char.IsLetter(w[0]) && w.Any(char.IsUpper) && w.Skip(1).All(c => !char.IsLower(c)))
            {
                w = bodyForms.TryGetValue(Folding.Fold(w), out string? form) ? form : w.ToLowerInvariant();
            }
            if (first && char.IsLetter(w[0]))
            {
                w = char.ToUpperInvariant(w[0]) + w[1..];
                first = false;
            }
            else if (first && char.IsDigit(w[0]))
            {
                first = false;
            }
            sb.Append(w);
        }
        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }
}
