using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Agendas.Data.Search;

/// <summary>
/// Kamerstuk numbers as people type them into a search box, normalised as <see cref="Entities.Document.Kamerstuk"/>
/// stores them: "28676-266", "28 676, nr. 266", "28676 nr 266", "Kamerstuk 28 676, nr. 266", "kst-28676-266",
/// "35 570 X, nr. 39" → 28676-266, 35570-X-39. The parser's own citation reader needs the word "Kamerstuk" in
/// front; a query usually lacks it.
/// </summary>
internal static partial class KamerstukQuery
{
    [GeneratedRegex(
        @"(?<![\w\-])(?:(?:kamerstuk(?:ken)?|kst)[\s\-:.]*)?(?<d>\d{2}\s?\d{3})(?-i:[\s\-](?<s>[IVXLC]+|[A-Z]{1,2}))?(?:\s*,?\s*(?:nr|nummer|no)\.?\s*|-)(?<nr>\d{1,4})(?![\w\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();

    /// <summary>The query without its Kamerstuk numbers, and those numbers (distinct, in order).</summary>
    public static (string Remainder, IReadOnlyList<string> Numbers) Extract(string query)
    {
        var numbers = new List<string>();
        var rest = new StringBuilder(query);
        try
        {
            foreach (Match m in Number().Matches(query))
            {
                string dossier = m.Groups["d"].Value.Replace(" ", "", StringComparison.Ordinal);
                string suffix = m.Groups["s"].Success ? "-" + m.Groups["s"].Value : "";
                int nr = int.Parse(m.Groups["nr"].Value, CultureInfo.InvariantCulture);
                string number = $"{dossier}{suffix}-{nr}";
                if (!numbers.Contains(number))
                {
                    numbers.Add(number);
                }
                for (int i = m.Index; i < m.Index + m.Length; i++)
                {
                    rest[i] = ' ';
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Cannot happen with this pattern on 1,000 characters; if it did, the query is searched as words.
            return (query, []);
        }
        return (rest.ToString(), numbers);
    }
}
