namespace Agendas.Data.Search;

/// <summary>
/// Facets from hits counted per distinct facet value (<see cref="FacetTokens.Value"/>): hits share a few hundred such
/// values, so each value is split into year, kind, councils and topics once, not once per hit.
/// </summary>
internal static class FacetTally
{
    public static SearchFacets Of(IEnumerable<KeyValuePair<string, int>> countsByValue) =>
        Of(countsByValue.Select(c => (FacetTokens.Parse(c.Key), c.Value)));

    /// <summary>The same from values already split (a snapshot splits each once, when it loads).</summary>
    public static SearchFacets Of(IEnumerable<(FacetParts Facet, int Count)> countsByFacet)
    {
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var councils = new Dictionary<string, int>(StringComparer.Ordinal);
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (facet, count) in countsByFacet)
        {
            Add(years, facet.Year, count);
            Add(kinds, facet.Kind, count);
            foreach (string council in facet.Councils)
            {
                Add(councils, council, count);
            }
            foreach (string topic in facet.Topics)
            {
                Add(topics, topic, count);
            }
        }
        return new SearchFacets(
            [.. years.Select(y => new FacetCount(y.Key, y.Value)).OrderByDescending(f => f.Value, StringComparer.Ordinal)],
            ByCount(councils),
            ByCount(kinds),
            ByCount(topics));
    }

    private static void Add(Dictionary<string, int> counts, string value, int count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;

    private static List<FacetCount> ByCount(Dictionary<string, int> counts) =>
        [.. counts.Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)];
}
