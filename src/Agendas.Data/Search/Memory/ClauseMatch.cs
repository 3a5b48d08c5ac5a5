using System.Buffers;
using System.Runtime.CompilerServices;

namespace Agendas.Data.Search.Memory;

/// <summary>
/// The entries one query clause (a word, a phrase, a prefix) matches in a snapshot, each with the clause's weighted
/// frequency there: occurrences in the heading count <see cref="Bm25.HeadingWeight"/>, in the text
/// <see cref="Bm25.TextWeight"/>. A phrase occurs where its words stand in order in one column; a prefix's last word
/// is any term that starts with it, as in FTS5.
/// </summary>
internal sealed class ClauseMatch
{
    private static readonly ClauseMatch None = new([], []);

    private ClauseMatch(int[] entries, double[] frequencies)
    {
        Entries = entries;
        Frequencies = frequencies;
    }

    /// <summary>Ascending entry numbers.</summary>
    public int[] Entries { get; }

    /// <summary>The weighted frequency in each of <see cref="Entries"/>.</summary>
    public double[] Frequencies { get; }

    /// <summary>The frequency at <paramref name="entry"/> (0 when the clause is not there), for ascending calls.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double FrequencyAt(int entry, ref int cursor)
    {
        while (cursor < Entries.Length && Entries[cursor] < entry)
        {
            cursor++;
        }
        return cursor < Entries.Length && Entries[cursor] == entry ? Frequencies[cursor] : 0.0;
    }

    public static ClauseMatch Find(SearchSnapshot snapshot, QueryClause clause)
    {
        var words = new List<PostingList[]>(clause.Terms.Count);
        for (int k = 0; k < clause.Terms.Count; k++)
        {
            bool prefix = clause.Prefix && k == clause.Terms.Count - 1;
            var alternatives = prefix ? WithPrefix(snapshot, clause.Terms[k]) : Exact(snapshot, clause.Terms[k]);
            if (alternatives.Length == 0)
            {
                return None;
            }
            words.Add(alternatives);
        }
        return words.Count == 1 ? Word(snapshot, words[0]) : Phrase(words);
    }

    private static PostingList[] Exact(SearchSnapshot snapshot, string term) =>
        snapshot.Postings.TryGetValue(term, out var postings) ? [postings] : [];

    private static PostingList[] WithPrefix(SearchSnapshot snapshot, string prefix)
    {
        int start = Array.BinarySearch(snapshot.Terms, prefix, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }
        var found = new List<PostingList>();
        for (int i = start; i < snapshot.Terms.Length && snapshot.Terms[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            found.Add(snapshot.Postings[snapshot.Terms[i]]);
        }
        return [.. found];
    }

    /// <summary>
    /// One word (or one prefix): every occurrence of any of its terms counts. A prefix's terms are summed per entry
    /// in an array over all entries, then read off in entry order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ClauseMatch Word(SearchSnapshot snapshot, PostingList[] alternatives)
    {
        if (alternatives.Length == 1)
        {
            var entries = new int[alternatives[0].Entries];
            var frequencies = new double[entries.Length];
            var cursor = alternatives[0].Cursor();
            for (int i = 0; cursor.MoveNext(); i++)
            {
                entries[i] = cursor.Entry;
                frequencies[i] = Frequency(cursor);
            }
            return new ClauseMatch(entries, frequencies);
        }
        var sums = ArrayPool<double>.Shared.Rent(snapshot.Count);
        try
        {
            Array.Clear(sums, 0, snapshot.Count);
            foreach (var postings in alternatives)
            {
                var cursor = postings.Cursor();
                while (cursor.MoveNext())
                {
                    sums[cursor.Entry] += Frequency(cursor);
                }
            }
            var entries = new List<int>();
            var frequencies = new List<double>();
            for (int entry = 0; entry < snapshot.Count; entry++)
            {
                if (sums[entry] > 0)
                {
                    entries.Add(entry);
                    frequencies.Add(sums[entry]);
                }
            }
            return new ClauseMatch([.. entries], [.. frequencies]);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
        }
    }

    private static double Frequency(PostingCursor cursor) =>
        (Bm25.HeadingWeight * cursor.HeadingCount) + (Bm25.TextWeight * cursor.TextCount);

    /// <summary>
    /// Several words: the entries that have every word are walked in order, led by the rarest word, and in each the
    /// positions where the words follow each other in the heading or in the text are counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ClauseMatch Phrase(List<PostingList[]> words)
    {
        int[] rarestFirst = [.. Enumerable.Range(0, words.Count).OrderBy(k => words[k].Sum(p => p.Entries))];
        int lead = rarestFirst[0];
        var leading = Sorted.Union(words[lead].Select(EntriesOf));
        var cursors = words.Select(alternatives => alternatives.Select(p => p.Cursor()).ToArray()).ToArray();
        var heading = words.Select(_ => new List<int>()).ToArray();
        var text = words.Select(_ => new List<int>()).ToArray();
        var entries = new List<int>();
        var values = new List<double>();
        foreach (int entry in leading)
        {
            if (!PositionsAt(entry, cursors, rarestFirst, heading, text))
            {
                continue;
            }
            int inHeading = Starts(heading);
            int inText = Starts(text);
            if (inHeading + inText > 0)
            {
                entries.Add(entry);
                values.Add((Bm25.HeadingWeight * inHeading) + (Bm25.TextWeight * inText));
            }
        }
        return new ClauseMatch([.. entries], [.. values]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] EntriesOf(PostingList postings)
    {
        var entries = new int[postings.Entries];
        var cursor = postings.Cursor();
        for (int i = 0; cursor.MoveNext(); i++)
        {
            entries[i] = cursor.Entry;
        }
        return entries;
    }

    /// <summary>
    /// Fills each word's heading and text positions at <paramref name="entry"/>; false when a word is not there. Every
    /// word is looked for before any position is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PositionsAt(int entry, PostingCursor[][] cursors, int[] rarestFirst, List<int>[] heading, List<int>[] text)
    {
        // The rarest words first: an entry without one of them is passed before a common word's list is walked.
        foreach (int k in rarestFirst)
        {
            bool found = false;
            for (int a = 0; a < cursors[k].Length; a++)
            {
                found |= cursors[k][a].MoveTo(entry) && cursors[k][a].Entry == entry;
            }
            if (!found)
            {
                return false;
            }
        }
        for (int k = 0; k < cursors.Length; k++)
        {
            heading[k].Clear();
            text[k].Clear();
            for (int a = 0; a < cursors[k].Length; a++)
            {
                if (cursors[k][a].Entry == entry)
                {
                    cursors[k][a].AddPositions(heading[k], text[k]);
                }
            }
            if (cursors[k].Length > 1)
            {
                heading[k].Sort();
                text[k].Sort();
            }
        }
        return true;
    }

    /// <summary>How many positions start the phrase in one column: word k at the start + k, for every word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Starts(List<int>[] positions)
    {
        int count = 0;
        foreach (int start in positions[0])
        {
            bool all = true;
            for (int k = 1; k < positions.Length && all; k++)
            {
                all = positions[k].BinarySearch(start + k) >= 0;
            }
            if (all)
            {
                count++;
            }
        }
        return count;
    }
}
