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
        var builder = new Builder();
        foreach (string text in texts)
        {
            builder.AddCounts(text);
        }
        return builder.Build();
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
        var builder = new Builder();
        foreach (string text in texts)
        {
            builder.AddLookUps(text);
        }
        return builder.FormsToLookUp;
    }

    /// <summary>
    /// Gathers a run's evidence one text at a time, so that a large run need not hold all its texts at once (the
    /// importer reads its files as a stream). The result equals <see cref="Collect"/> and <see cref="FormsToLookUp"/>
    /// over the same texts.
    /// </summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _lookUps = new(StringComparer.Ordinal);

        /// <summary>Both readings of every line-end hyphen seen so far.</summary>
        public IReadOnlySet<string> FormsToLookUp => _lookUps;

        /// <summary>Counts the whole words of <paramref name="text"/> and notes the forms its hyphens need.</summary>
        public void Add(string text)
        {
            AddCounts(text);
            AddLookUps(text);
        }

        internal void AddCounts(string text)
        {
            foreach (var (form, n) in Lexicon(text))
            {
                _counts[form] = _counts.GetValueOrDefault(form) + n;
            }
        }

        internal void AddLookUps(string text)
        {
            foreach (var (joined, hyphenated) in LineBreakHyphens.Candidates(text))
            {
                _lookUps.Add(joined);
                _lookUps.Add(hyphenated);
            }
        }

        /// <summary>The evidence gathered, plus counts kept in the store when given.</summary>
        public WordEvidence Build(IReadOnlyDictionary<string, int>? storedCounts = null)
        {
            var evidence = new WordEvidence(new Dictionary<string, int>(_counts, StringComparer.Ordinal));
            return storedCounts is null ? evidence : evidence.With(storedCounts);
        }
    }
}
