using System.Globalization;
using Agendas.Core.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Agendas.Data.Search;

/// <summary>A word of a text: where it stands in the original and the term it is indexed (and searched) as.</summary>
public readonly record struct AnalyzedToken(int Index, int Length, string Term);

/// <summary>
/// The one way text becomes search terms, at index time and at query time alike: words are runs of letters and
/// digits, folded (lower case, no diacritics: Oekraïne → oekraine) and stemmed by Snowball's Dutch stemmer
/// (dreigingen → dreiging, bondgenoten → bondgenot). Changing this changes every stored term: run <c>reindex</c>.
/// </summary>
public static class DutchAnalyzer
{
    /// <summary>Longer runs (hashes, base64 debris from PDFs) are cut: no word is that long.</summary>
    public const int MaxTermLength = 40;

    /// <summary>The cache of stems stops growing here: a corpus of letters uses some tens of thousands of word forms.</summary>
    private const int MaxCachedStems = 200_000;

    // The Snowball stemmer keeps state between calls and is not thread-safe: one per thread.
    [ThreadStatic]
    private static DutchStemmer? t_stemmer;

    // Stemming is the costly step of indexing and of marking snippets, and the same words recur in every letter.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/>, left to right.</summary>
    public static IEnumerable<AnalyzedToken> Tokens(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            string term = Term(text[start..i]);
            if (term.Length > 0)
            {
                yield return new AnalyzedToken(start, i - start, term);
            }
        }
    }

    /// <summary>The terms of <paramref name="text"/> separated by spaces: what the full-text table stores.</summary>
    public static string Terms(string text) => string.Join(' ', Tokens(text).Select(t => t.Term));

    /// <summary>One word as a term: folded, then stemmed.</summary>
    public static string Term(string word)
    {
        string folded = Fold(word);
        return folded.Length == 0 ? "" : Stem(folded);
    }

    /// <summary>Lower case without diacritics, only letters and digits, at most <see cref="MaxTermLength"/> characters.</summary>
    public static string Fold(string word)
    {
        string folded = new([.. Folding.Fold(word).Where(char.IsLetterOrDigit)]);
        return folded.Length > MaxTermLength ? folded[..MaxTermLength] : folded;
    }

    private static string Stem(string folded)
    {
        // Numbers ("2030", "266") are terms as they are; stemming leaves them alone anyway, but not mixed ones.
        if (folded.All(char.IsAsciiDigit))
        {
            return folded;
        }
        if (Stems.TryGetValue(folded, out string? cached))
        {
            return cached;
        }
        var stemmer = t_stemmer ??= new DutchStemmer();
        stemmer.SetCurrent(folded);
        stemmer.Stem();
        string stem = stemmer.Current;
        if (Stems.Count < MaxCachedStems)
        {
            Stems.TryAdd(folded, stem);
        }
        return stem;
    }

    // Combining marks belong to the word they decorate (a decomposed "ï"), so they never split it.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
