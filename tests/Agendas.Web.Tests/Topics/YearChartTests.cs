using Agendas.Web.Pages.Topics;

namespace Agendas.Web.Tests.Topics;

/// <summary>The geometry of the items-per-year chart.</summary>
public sealed class YearChartTests
{
    [Fact]
    public void Every_year_of_the_span_gets_a_bar_and_the_highest_fills_the_plot()
    {
        var chart = YearChart.For([2022, 2017, 2022, 2020])!;

        Assert.Equal([2017, 2018, 2019, 2020, 2021, 2022], chart.Bars.Select(b => b.Year));
        Assert.Equal([1, 0, 0, 1, 0, 2], chart.Bars.Select(b => b.Count));
        Assert.Equal(YearChart.PlotHeight, chart.Bars[^1].Height);
        Assert.Equal(YearChart.PlotHeight / 2, chart.Bars[0].Height);
        Assert.Equal(0, chart.Bars[1].Height);
        Assert.All(chart.Bars, b => Assert.Equal(YearChart.Baseline, b.Y + b.Height));
        Assert.Equal("2017: 1, 2018: 0, 2019: 0, 2020: 1, 2021: 0, 2022: 2", chart.Summary);
    }

    [Fact]
    public void Bars_stand_side_by_side_within_the_width()
    {
        var chart = YearChart.For([2019, 2020, 2021])!;

        Assert.All(chart.Bars.Zip(chart.Bars.Skip(1)), pair => Assert.Equal(YearChart.BarWidth + YearChart.Gap, pair.Second.X - pair.First.X));
        Assert.Equal(chart.Width, chart.Bars[^1].X + YearChart.BarWidth + YearChart.Padding);
    }

    [Fact]
    public void A_small_count_next_to_a_large_one_stays_visible()
    {
        var chart = YearChart.For([2020, .. Enumerable.Repeat(2021, 500)])!;

        Assert.True(chart.Bars[0].Height >= 1);
    }

    [Fact]
    public void No_entries_no_chart() => Assert.Null(YearChart.For(Array.Empty<int>()));
}
