using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>
/// Citations of parliamentary papers, normalised as <c>dossier-number</c> without spaces:
/// "Kamerstuk 28 676, nr. 210" → 28676-210; "Kamerstukken 22 054 en 36 045, nr. 374" → 22054-374, 36045-374;
/// "35570-X-39" stays; document and case numbers (2021D12041, 2021Z07953) stay as they are.
/// </summary>
internal static partial class References
{
    private const string Dossier = @"\d{2}\s?\d{3}(?:-(?:[IVXLC]+|[A-Z]{1,2}|\d{2})|\s(?:[IVXLC]+)\b)?";

    [GeneratedRegex(
        $@"\bKamerstuk(?:ken|nummer)?\s+(?:(?:I|II)\s+)?(?:\d{{4}}\s?[/–\-]\s?\d{{2,4}},?\s+)?(?<dossiers>{Dossier}(?:\s*(?:,|en|&)\s*{Dossier})*)\s*,?\s*(?:nr\.?|nummer|no\.)\s*(?<nr>\d{{1,4}})(?<more>(?:\s*(?:,|en)\s*(?:nr\.?\s*)?\d{{1,4}}(?![\d\s]*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)))*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Kamerstuk();

    [GeneratedRegex(@"(?<![\w\-])(?<dossier>\d{5}(?:-(?:[IVXLC]+|[A-Z]{1,2}))?)-(?<nr>\d{1,4})(?![\w\-])", RegexOptions.CultureInvariant)]
    private static partial Regex DashedNumber();

    [GeneratedRegex(@"(?<![\w])(?:19|20)\d{2}[DZ]\d{5}(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(Dossier, RegexOptions.CultureInvariant)]
    private static partial Regex DossierPattern();

    /// <summary>"28 676" + "266" → "28676-266"; "36 045 X" → "36045-X-…".</summary>
    public static string Normalise(string dossier, string number)
    {
        string d = Regex.Replace(dossier.Trim(), @"^(\d{2})\s?(\d{3})", "$1$2");
        d = Regex.Replace(d, @"\s+", "-");
        return $"{d}-{int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The Kamerstuk citations in the text with their extent, in order, without overlaps: the long form
    /// ("Kamerstuk 28 676, nr. 210") and the dashed form ("35570-X-39"); document numbers are not Kamerstukken.
    /// </summary>
    public static IReadOnlyList<(int Index, int Length, IReadOnlyList<string> References)> Spans(string text)
    {
        var spans = new List<(int Index, int Length, IReadOnlyList<string> References)>();
        foreach (Match m in Kamerstuk().Matches(text))
        {
            var numbers = new List<string> { m.Groups["nr"].Value };
            numbers.AddRange(Regex.Matches(m.Groups["more"].Value, @"\d{1,4}").Select(x => x.Value));
            var found = DossierPattern().Matches(m.Groups["dossiers"].Value)
                .SelectMany(d => numbers.Select(nr => Normalise(d.Value, nr))).ToList();
            spans.Add((m.Index, m.Length, found));
        }
        foreach (Match m in DashedNumber().Matches(text))
        {
            if (!spans.Any(s => m.Index < s.Index + s.Length && s.Index < m.Index + m.Length))
            {
                spans.Add((m.Index, m.Length, [$"{m.Groups["dossier"].Value}-{m.Groups["nr"].Value}"]));
            }
        }
        return [.. spans.OrderBy(s => s.Index)];
    }

    /// <summary>Every reference in the text, in order of appearance, normalised.</summary>
    public static IEnumerable<(int Index, string Reference)> Find(string text)
    {
        var found = new List<(int, string)>();
        foreach (Match m in Kamerstuk().Matches(text))
        {
            var numbers = new List<string> { m.Groups["nr"].Value };
            numbers.AddRange(Regex.Matches(m.Groups["more"].Value, @"\d{1,4}").Select(x => x.Value));
            foreach (Match d in DossierPattern().Matches(m.Groups["dossiers"].Value))
            {
                foreach (string nr in numbers)
                {
                    found.Add((m.Index, Normalise(d.Value, nr)));
                }
            }
        }
        foreach (Match m in DashedNumber().Matches(text))
        {
            found.Add((m.Index, $"{m.Groups["dossier"].Value}-{m.Groups["nr"].Value}"));
        }
        foreach (Match m in DocumentNumber().Matches(text))
        {
            found.Add((m.Index, m.Value));
        }
        return found.OrderBy(f => f.Item1);
    }
}
