namespace Agendas.Benchmarks.Search;

/// <summary>Nearest-rank percentiles of measured milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> samples, double percentile)
    {
        double[] sorted = [.. samples.Order()];
        int rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
