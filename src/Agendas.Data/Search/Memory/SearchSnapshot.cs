using System.Collections.Frozen;
using Microsoft.Data.Sqlite;

namespace Agendas.Data.Search.Memory;

/// <summary>
/// The full-text table of one <see cref="Entities.DataVersion"/>, read into memory: every term's postings with positions,
/// every entry's length, facet value and meeting date. <see cref="SnapshotSearch"/> answers a query from it with the
/// same hits, facets and bm25 order as FTS5 (a test holds the two to each other), without a step through SQLite per
/// hit: at 10,000 letters a common word has 40,000 hits, and FTS5 needs some 100 ms to rank and read them.
/// </summary>
/// <remarks>
/// Immutable once loaded; searches on any thread share it. Entries are numbered densely (0…n-1) in rowid order.
/// </remarks>
internal sealed class SearchSnapshot
{
    private SearchSnapshot(
        long version,
        long[] rowIds,
        int[] lengths,
        TableTotals totals,
        int[] facetOf,
        string[] facetValues,
        int[] dates,
        FrozenDictionary<string, PostingList> postings)
    {
        Version = version;
        RowIds = rowIds;
        Lengths = lengths;
        RowCount = totals.Rows;
        AverageLength = totals.Rows == 0 ? 0 : (double)totals.Tokens / totals.Rows;
        FacetOf = facetOf;
        Facets = [.. facetValues.Select(FacetTokens.Parse)];
        FacetTokenSets = [.. Facets.Select(FacetTokens.TokensOf)];
        Dates = dates;
        Postings = postings;
        Terms = [.. postings.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The data version the snapshot was read at.</summary>
    public long Version { get; }

    /// <summary>The full-text rowid (<see cref="SearchEntry.Id"/>) of each entry number.</summary>
    public long[] RowIds { get; }

    /// <summary>The entries in the snapshot.</summary>
    public int Count => RowIds.Length;

    /// <summary>Tokens in all columns of each entry: bm25's document length.</summary>
    public int[] Lengths { get; }

    /// <summary>bm25's number of rows (N of the inverse document frequency), as FTS5 counts it (<see cref="TableTotals"/>).</summary>
    public long RowCount { get; }

    /// <summary>bm25's average document length: the table's tokens over its rows, as FTS5 counts them.</summary>
    public double AverageLength { get; }

    /// <summary>Each entry's facet value, as an index into <see cref="Facets"/>.</summary>
    public int[] FacetOf { get; }

    /// <summary>The distinct facet values (<see cref="FacetTokens.Value"/>), split.</summary>
    public FacetParts[] Facets { get; }

    /// <summary>The facet tokens of each of <see cref="Facets"/>: what a filter matches.</summary>
    public HashSet<string>[] FacetTokenSets { get; }

    /// <summary>Each entry's meeting date as yyyymmdd (<see cref="FacetTokens.DateKey"/>).</summary>
    public int[] Dates { get; }

    /// <summary>Heading and text terms (never the facet tokens) and where they occur.</summary>
    public FrozenDictionary<string, PostingList> Postings { get; }

    /// <summary>The same terms in ordinal order, for prefixes.</summary>
    public string[] Terms { get; }

    /// <summary>
    /// Reads the snapshot inside one deferred read transaction, so that version, entries and postings agree while
    /// an import commits.
    /// </summary>
    public static async Task<SearchSnapshot> LoadAsync(SqliteConnection connection, CancellationToken ct)
    {
        var transaction = connection.BeginTransaction(deferred: true);
        await using (transaction.ConfigureAwait(false))
        {
            var versionCommand = connection.CreateCommand();
            versionCommand.Transaction = transaction;
            long version = await DataVersionQuery.ReadAsync(versionCommand, ct).ConfigureAwait(false);
            var entries = await EntriesAsync(connection, transaction, ct).ConfigureAwait(false);
            var lengths = new int[entries.RowIds.Length];
            var postings = await PostingsAsync(connection, transaction, entries.Numbers, lengths, ct).ConfigureAwait(false);
            var totals = await TableTotals.ReadAsync(connection, transaction, ct).ConfigureAwait(false);
            return new SearchSnapshot(version, entries.RowIds, lengths, totals, entries.FacetOf, entries.FacetValues, entries.Dates, postings);
        }
    }

    private sealed record EntryColumns(long[] RowIds, Dictionary<long, int> Numbers, int[] FacetOf, string[] FacetValues, int[] Dates);

    private static async Task<EntryColumns> EntriesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var rowIds = new List<long>();
        var facetOf = new List<int>();
        var dates = new List<int>();
        var facetNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT rowid, facet, date FROM SearchIndex ORDER BY rowid";
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    rowIds.Add(reader.GetInt64(0));
                    string facet = reader.GetString(1);
                    if (!facetNumbers.TryGetValue(facet, out int number))
                    {
                        number = facetNumbers.Count;
                        facetNumbers.Add(facet, number);
                    }
                    facetOf.Add(number);
                    dates.Add(FacetTokens.DateKey(reader.GetString(2)));
                }
            }
        }
        var numbers = new Dictionary<long, int>(rowIds.Count);
        for (int i = 0; i < rowIds.Count; i++)
        {
            numbers.Add(rowIds[i], i);
        }
        var values = new string[facetNumbers.Count];
        foreach (var (value, number) in facetNumbers)
        {
            values[number] = value;
        }
        return new EntryColumns([.. rowIds], numbers, [.. facetOf], values, [.. dates]);
    }

    /// <summary>
    /// One pass over every occurrence of every term (FTS5's <c>fts5vocab</c> instance table, in term, rowid, column,
    /// offset order). Each occurrence counts towards its entry's length; heading and text occurrences become postings.
    /// Occurrences of rows no longer in the table (deleted, not yet merged away) are passed over.
    /// </summary>
    private static async Task<FrozenDictionary<string, PostingList>> PostingsAsync(
        SqliteConnection connection, SqliteTransaction transaction, Dictionary<long, int> numbers, int[] lengths, CancellationToken ct)
    {
        var postings = new Dictionary<string, PostingList>(StringComparer.Ordinal);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.SearchIndexOccurrences USING fts5vocab(main, SearchIndex, instance)";
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            command.CommandText = "SELECT term, doc, CASE col WHEN 'heading' THEN 0 WHEN 'text' THEN 1 ELSE 2 END, offset FROM temp.SearchIndexOccurrences";
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var term = new TermWriter();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    if (!numbers.TryGetValue(reader.GetInt64(1), out int entry))
                    {
                        continue;
                    }
                    lengths[entry]++;
                    int column = reader.GetInt32(2);
                    if (column == 2)
                    {
                        continue;
                    }
                    string text = reader.GetString(0);
                    if (text != term.Term)
                    {
                        term.Finish(postings);
                        term.Start(text);
                    }
                    term.Add(entry, column, reader.GetInt32(3));
                }
                term.Finish(postings);
            }
        }
        return postings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Collects the occurrences of the term being read, one entry at a time.</summary>
    private sealed class TermWriter
    {
        private readonly List<int> _heading = [];
        private readonly List<int> _text = [];
        private readonly PostingListWriter _writer = new();
        private int _entry = -1;

        public string? Term { get; private set; }

        public void Start(string term)
        {
            Term = term;
            _entry = -1;
        }

        public void Add(int entry, int column, int offset)
        {
            if (entry != _entry)
            {
                Flush();
                _entry = entry;
            }
            (column == 0 ? _heading : _text).Add(offset);
        }

        public void Finish(Dictionary<string, PostingList> postings)
        {
            Flush();
            if (Term is not null)
            {
                postings.Add(Term, _writer.ToPostingList());
            }
            Term = null;
        }

        private void Flush()
        {
            if (_entry >= 0)
            {
                _writer.Add(_entry, _heading, _text);
            }
            _heading.Clear();
            _text.Clear();
            _entry = -1;
        }
    }
}
