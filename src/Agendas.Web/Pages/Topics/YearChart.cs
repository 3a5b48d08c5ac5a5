namespace Agendas.Web.Pages.Topics;

/// <summary>
/// The geometry of the items-per-year bar chart, drawn as inline SVG (no script). Every year from the first to the
/// last gets a bar, an empty year a bar of height zero: a gap in the years is information too.
/// </summary>
internal sealed class YearChart
{
    public const int BarWidth = 36;
    public const int Gap = 14;
    public const int Padding = 8;
    public const int PlotHeight = 100;

    /// <summary>Room above the tallest bar for its count.</summary>
    public const int Top = 20;

    /// <summary>Room below the bars for the year.</summary>
    public const int Bottom = 24;

    private YearChart(IReadOnlyList<YearBar> bars)
    {
        Bars = bars;
        Width = (2 * Padding) + (bars.Count * (BarWidth + Gap)) - Gap;
    }

    public IReadOnlyList<YearBar> Bars { get; }

    public int Width { get; }

    public static int Height => Top + PlotHeight + Bottom;

    /// <summary>The baseline the bars stand on.</summary>
    public static int Baseline => Top + PlotHeight;

    /// <summary>A chart over the years of <paramref name="years"/> (one element per entry); null when there are none.</summary>
    public static YearChart? For(IEnumerable<int> years) =>
        For(years.GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>A chart over years counted already; null when there are none.</summary>
    public static YearChart? For(IEnumerable<YearCount> years) => For(years.ToDictionary(y => y.Year, y => y.Count));

    private static YearChart? For(Dictionary<int, int> counts)
    {
        if (counts.Count == 0)
        {
            return null;
        }
        int first = counts.Keys.Min();
        int last = counts.Keys.Max();
        int max = counts.Values.Max();
        var bars = new List<YearBar>();
        for (int year = first; year <= last; year++)
        {
            int count = counts.GetValueOrDefault(year);
            // Rounded up, so that a year with one item among many still shows a visible bar.
            int height = (int)Math.Ceiling((double)count * PlotHeight / max);
            int x = Padding + ((year - first) * (BarWidth + Gap));
            bars.Add(new YearBar(year, count, x, Baseline - height, height));
        }
        return new YearChart(bars);
    }

    /// <summary>The chart in words, for its accessible name: <c>2017: 1, 2018: 0, …</c>.</summary>
    public string Summary => string.Join(", ", Bars.Select(b => $"{b.Year}: {b.Count}"));
}

/// <summary>One year's bar: <see cref="X"/> and <see cref="Y"/> are its top-left corner in SVG user units.</summary>
internal sealed record YearBar(int Year, int Count, int X, int Y, int Height)
{
    public int CenterX => X + (YearChart.BarWidth / 2);
}
