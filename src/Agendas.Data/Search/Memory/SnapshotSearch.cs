using System.Runtime.CompilerServices;

namespace Agendas.Data.Search.Memory;

/// <summary>
/// Answers a query from a <see cref="SearchSnapshot"/> as FTS5 answers the same MATCH expression
/// (<see cref="FullTextMatches"/>): the same hits, total and facets, and the same page in the same order, ranked
/// by the same bm25 (<see cref="Bm25"/>). What it cannot answer the same way, it leaves to FTS5 by returning null.
/// </summary>
internal static class SnapshotSearch
{
    /// <summary>
    /// The matches, or null when the query is not one the snapshot answers: no words (only a Kamerstuk number), or a
    /// term with characters other than ASCII letters and digits, which FTS5's tokenizer might split or fold
    /// differently from how the terms were written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FullTextMatches? Run(SearchSnapshot snapshot, SearchQuery query, SearchFilters filters, SearchPage page)
    {
        if (!query.HasTerms || query.Kamerstukken.Count > 0 || !AllPlain(query))
        {
            return null;
        }
        var allowed = AllowedFacets(snapshot, filters);
        // FTS5's phrases in the order of the MATCH expression: the required clauses, then the exclusions.
        var clauses = query.Groups.Select(g => g.Select(c => ClauseMatch.Find(snapshot, c)).ToList()).ToList();
        var excluded = query.Exclusions.Select(c => ClauseMatch.Find(snapshot, c)).ToList();
        int[] hits = Hits(clauses, excluded, allowed is null ? null : entry => allowed[snapshot.FacetOf[entry]]);

        var positive = clauses.SelectMany(g => g).ToList();
        var idf = positive.Select(c => Bm25.InverseDocumentFrequency(snapshot.RowCount, c.Entries.Length)).ToArray();
        var cursors = new int[positive.Count];
        bool ranked = page.Sort == SearchSort.Relevance;
        var rows = new PageRows(page.Skip + page.PageSize);
        var counts = new int[snapshot.Facets.Length];
        foreach (int entry in hits)
        {
            counts[snapshot.FacetOf[entry]]++;
            long id = snapshot.RowIds[entry];
            if (!ranked)
            {
                rows.Offer(new PageRow(id, 0, snapshot.Dates[entry]));
                continue;
            }
            double score = 0.0;
            for (int i = 0; i < positive.Count; i++)
            {
                double frequency = positive[i].FrequencyAt(entry, ref cursors[i]);
                score += Bm25.Term(idf[i], frequency, snapshot.Lengths[entry], snapshot.AverageLength);
            }
            rows.Offer(new PageRow(id, -1.0 * score, 0));
        }
        var byFacet = counts.Select((count, facet) => (snapshot.Facets[facet], count)).Where(c => c.count > 0);
        return new FullTextMatches(hits.Length, FacetTally.Of(byFacet), rows.PageIds(page.Skip));
    }

    private static bool AllPlain(SearchQuery query) =>
        query.Groups.SelectMany(g => g).Concat(query.Exclusions).SelectMany(c => c.Terms).All(t => t.Length > 0 && t.All(char.IsAsciiLetterOrDigit));

    /// <summary>
    /// Which facet values pass the filters, matched against the tokens an entry with that value has, as FTS5 matches
    /// them; null without filters.
    /// </summary>
    private static bool[]? AllowedFacets(SearchSnapshot snapshot, SearchFilters filters)
    {
        var required = FacetTokens.Required(filters);
        return required.Count == 0
            ? null
            : [.. snapshot.FacetTokenSets.Select(tokens => required.All(anyOf => anyOf.Any(tokens.Contains)))];
    }

    /// <summary>Entries in every group (in any clause of it), in no exclusion, and passing the filter; ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Hits(List<List<ClauseMatch>> groups, List<ClauseMatch> excluded, Func<int, bool>? allowed)
    {
        var candidates = groups
            .Select(g => g.Count == 1 ? g[0].Entries : Sorted.Union(g.Select(c => c.Entries)))
            .OrderBy(entries => entries.Length)
            .ToList();
        int[] result = candidates[0];
        foreach (var entries in candidates.Skip(1))
        {
            result = Sorted.Intersect(result, entries);
        }
        if (excluded.Count > 0)
        {
            result = Sorted.Except(result, Sorted.Union(excluded.Select(c => c.Entries)));
        }
        return allowed is null ? result : [.. result.Where(allowed)];
    }
}
