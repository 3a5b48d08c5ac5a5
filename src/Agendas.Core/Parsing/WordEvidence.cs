namespace Agendas.Core.Parsing;

/// <summary>
/// How often each word form occurs whole on one line, across the letters of a run and the store.
/// De-hyphenation asks it whether "politiek-militair" or "politiekmilitair" is the word.
/// </summary>
public sealed class WordEvidence
{
    private readonly Dictionary<string, int> _counts;

    private WordEvidence(Dictionary<string, int> counts) => _counts = counts;

    public static WordEvidence Empty => new([]);

    /// <summary>Gathers the evidence of all texts of a run, before any of them is joined.</summary>
    public static WordEvidence Collect(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (var (form, n) in Lexicon(text))
            {
                counts[form] = counts.GetValueOrDefault(form) + n;
            }
        }
        return new WordEvidence(counts);
    }

    /// <summary>Adds counts kept in the store (words of letters imported before).</summary>
    public WordEvidence With(IReadOnlyDictionary<string, int> storedCounts)
    {
        var counts = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        foreach (var (form, n) in storedCounts)
        {
            counts[form] = counts.GetValueOrDefault(form) + n;
        }
        return new WordEvidence(counts);
    }

    /// <summary>How often <paramref name="form"/> (lower-case) was seen whole.</summary>
    public int Count(string form) => _counts.GetValueOrDefault(form.ToLowerInvariant());

    /// <summary>The forms worth storing for later runs: lower-case words seen whole on a line, with counts.</summary>
    public static IReadOnlyDictionary<string, int> Lexicon(string text) => LineBreakHyphens.WholeWords(text);

    /// <summary>The forms a run needs from the store: both readings of every line-end hyphen in the texts.</summary>
    public static IReadOnlySet<string> FormsToLookUp(IEnumerable<string> texts)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (var (joined, hyphenated) in LineBreakHyphens.Candidates(text))
            {
                forms.Add(joined);
                forms.Add(hyphenated);
            }
        }
        return forms;
    }
}
