using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>Tells English from Dutch by their commonest function words; enough to find an English annex.</summary>
internal static partial class LanguageGuess
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "we", "our", "are", "that", "with", "for", "by", "will", "be", "as", "all", "this", "which", "from", "its", "has", "have", "us",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "en", "van", "op", "met", "voor", "dat", "die", "zijn", "wordt", "worden", "aan", "te", "niet", "ook", "bij", "om", "naar", "deze", "als",
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static bool IsEnglish(string text)
    {
        var (en, nl) = Count(text);
        return IsEnglish(en, nl);
    }

    public static bool IsEnglish(int en, int nl) => en >= 5 && en > 2 * nl;

    /// <summary>English and Dutch function words in the text.</summary>
    public static (int English, int Dutch) Count(string text)
    {
        int en = 0;
        int nl = 0;
        foreach (Match m in Word().Matches(text))
        {
            if (English.Contains(m.Value))
            {
                en++;
            }
            else if (Dutch.Contains(m.Value))
            {
                nl++;
            }
        }
        return (en, nl);
    }
}
