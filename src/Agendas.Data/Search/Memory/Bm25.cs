namespace Agendas.Data.Search.Memory;

/// <summary>
/// FTS5's bm25, term for term, so that a snapshot ranks exactly as the table's configured rank function
/// (<c>bm25(4.0, 1.0, 0.0, 0.0, 0.0)</c>): per phrase, the inverse document frequency times the saturated,
/// length-normalised weighted frequency, summed over the phrases in query order and negated (best lowest). The
/// arithmetic follows SQLite's <c>fts5_aux.c</c> operation for operation, so that equal inputs give equal doubles and
/// ties stay ties.
/// </summary>
internal static class Bm25
{
    /// <summary>The weight of an occurrence in the heading, as the rank configuration of the migration sets it.</summary>
    public const double HeadingWeight = 4.0;

    public const double TextWeight = 1.0;

    /// <summary>The rank configuration these weights stand for (the <c>SearchIndex_config</c> row; a test compares).</summary>
    public const string RankConfiguration = "bm25(4.0, 1.0, 0.0, 0.0, 0.0)";

    private const double K1 = 1.2;

    private const double B = 0.75;

    /// <summary>log((N − n + ½) / (n + ½)), at least 10⁻⁶: a phrase in more than half the rows still counts a little.</summary>
    public static double InverseDocumentFrequency(long rows, long hits)
    {
        double idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>One phrase's share of a row's score.</summary>
    public static double Term(double idf, double frequency, int length, double averageLength) =>
        idf * ((frequency * (K1 + 1.0)) / (frequency + (K1 * (1 - B + (B * length / averageLength)))));
}
