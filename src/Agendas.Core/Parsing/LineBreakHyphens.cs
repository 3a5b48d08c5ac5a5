using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>
/// Line-end hyphens (importer.md, "De-hyphenation"): "aanwe-⏎zigheid" is one word, "NAVO-⏎verdragsgebied"
/// keeps its hyphen. The evidence of the corpus decides first; Dutch spelling is the fallback.
/// </summary>
internal static partial class LineBreakHyphens
{
    // A word: letters and digits, with inner hyphens and apostrophes ("politiek-militair", "risico’s").
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // Coordinating words after an elision hyphen: "veiligheids-⏎en defensie-instituties".
    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "en", "of", "tot", "noch", "als", "dan" };

    // Vowel pairs that Dutch would read as one sound, so "zee-egel" and "co-operatie" keep their hyphen.
    private static readonly HashSet<string> MergingVowels = new(StringComparer.Ordinal)
    {
        "aa", "ee", "oo", "uu", "ii", "ie", "ei", "eu", "oe", "ou", "ui", "ai", "au", "oi",
    };

    /// <summary>True when a line ends in a hyphen glued to a word (not a spaced dash).</summary>
    public static bool EndsWithWordHyphen(string line)
    {
        string t = line.TrimEnd();
        return t.Length >= 2 && t[^1] is '-' or '\u00AD' or '\u2010' && char.IsLetterOrDigit(t[^2]);
    }

    /// <summary>Words seen whole on a line, lower-case, with counts; the material of <see cref="WordEvidence"/>.</summary>
    public static Dictionary<string, int> WholeWords(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        bool previousBroken = false;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd();
            var words = WordPattern().Matches(line);
            bool broken = EndsWithWordHyphen(line);
            for (int i = 0; i < words.Count; i++)
            {
                if ((i == 0 && previousBroken) || (i == words.Count - 1 && broken))
                {
                    continue;
                }
                Add(counts, words[i].Value);
            }
            if (line.Length > 0)
            {
                previousBroken = broken;
            }
        }
        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string word)
    {
        string lower = word.ToLowerInvariant().Replace('’', '\'');
        Increment(counts, lower);
        if (!lower.Contains('-', StringComparison.Ordinal))
        {
            return;
        }
        // "NAVO-Reflectiegroep" is evidence for "reflectiegroep"; "a-b-c" for "a-b" and "b-c".
        string[] parts = lower.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            Increment(counts, parts[i]);
            if (i > 0 && parts.Length > 2)
            {
                Increment(counts, parts[i - 1] + "-" + parts[i]);
            }
        }
    }

    private static void Increment(Dictionary<string, int> counts, string form)
    {
        if (form.Length >= 2)
        {
            counts[form] = counts.GetValueOrDefault(form) + 1;
        }
    }

    /// <summary>Both readings (joined, hyphenated) of every line-end hyphen in a text.</summary>
    public static IEnumerable<(string Joined, string Hyphenated)> Candidates(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!EndsWithWordHyphen(lines[i]))
            {
                continue;
            }
            int j = i + 1;
            while (j < lines.Length && string.IsNullOrWhiteSpace(lines[j]))
            {
                j++;
            }
            if (j >= lines.Length)
            {
                continue;
            }
            string left = LastPart(lines[i].TrimEnd()[..^1]);
            string right = FirstPart(lines[j]);
            if (left.Length > 0 && right.Length > 0)
            {
                yield return ((left + right).ToLowerInvariant(), (left + "-" + right).ToLowerInvariant());
            }
        }
    }

    /// <summary>
    /// Joins <paramref name="before"/> (ending in a hyphen) and <paramref name="after"/>, the next line of the
    /// same paragraph. Returns the joined text and whether the decision came from evidence.
    /// </summary>
    public static string Join(string before, string after, WordEvidence evidence)
    {
        string stem = before.TrimEnd();
        stem = stem[..^1];
        string rest = after.TrimStart();
        string left = LastPart(stem);
        string right = FirstPart(rest);
        return KeepsHyphen(left, right, evidence) switch
        {
            HyphenDecision.Keep => stem + "-" + rest,
            HyphenDecision.Elision => stem + "- " + rest,
            _ => stem + rest,
        };
    }

    internal enum HyphenDecision
    {
        Join,
        Keep,
        Elision,
    }

    /// <summary>The decision for "left-⏎right": evidence first, then the Dutch spelling rule.</summary>
    internal static HyphenDecision KeepsHyphen(string left, string right, WordEvidence evidence)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return HyphenDecision.Keep;
        }
        if (Conjunctions.Contains(right))
        {
            return HyphenDecision.Elision;
        }
        int hyphenated = evidence.Count(left + "-" + right);
        int joined = evidence.Count(left + right);
        if (hyphenated != joined)
        {
            return hyphenated > joined ? HyphenDecision.Keep : HyphenDecision.Join;
        }
        return KeepsHyphenBySpelling(left, right) ? HyphenDecision.Keep : HyphenDecision.Join;
    }

    /// <summary>
    /// Dutch spelling: compounds are one word, except that a hyphen stays next to a capital, an acronym
    /// or a digit (NAVO-landen, Oost-Europa, 5G-netwerk) and between vowels that would merge (zee-egel).
    /// </summary>
    internal static bool KeepsHyphenBySpelling(string left, string right)
    {
        char last = left[^1];
        char first = right[0];
        if (char.IsDigit(last) || char.IsDigit(first) || char.IsUpper(first) || char.IsUpper(last))
        {
            return true;
        }
        if (left.Length >= 2 && left.Count(char.IsUpper) >= 2 && left.All(c => !char.IsLower(c) || c == 's'))
        {
            return true; // an acronym: NAVO-, EU-, VN-, EDTs-
        }
        if (left.Length <= 4 && char.IsUpper(left[0]))
        {
            return true; // an acronym written as a word in older letters: Navo-, Nato-
        }
        string pair = string.Concat(char.ToLowerInvariant(last), char.ToLowerInvariant(first));
        return MergingVowels.Contains(pair);
    }

    private static string LastPart(string text)
    {
        int end = text.Length;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }
        return text[start..end];
    }

    private static string FirstPart(string text)
    {
        string t = text.TrimStart();
        int end = 0;
        while (end < t.Length && char.IsLetterOrDigit(t[end]))
        {
            end++;
        }
        return t[..end];
    }
}
