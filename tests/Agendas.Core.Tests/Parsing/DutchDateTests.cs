using Agendas.Core.Parsing;

namespace Agendas.Core.Tests.Parsing;

public class DutchDateTests
{
    [Theory]
    [InlineData("1 en 2 december 2020", null, "2020-12-01", "2020-12-02")]
    [InlineData("29 en 30 november 2022", null, "2022-11-29", "2022-11-30")]
    [InlineData("29 en 30 NOVEMBER 2022", null, "2022-11-29", "2022-11-30")]
    [InlineData("23 en 24 maart", "2021-04-01", "2021-03-23", "2021-03-24")]       // no year: nearest to the letter date
    [InlineData("31 maart a.s.", "2017-03-29", "2017-03-31", "2017-03-31")]        // a.s.: the coming one
    [InlineData("12 januari jl.", "2021-02-03", "2021-01-12", "2021-01-12")]       // jl.: the last one
    [InlineData("12 januari jl.", "2020-12-20", "2020-01-12", "2020-01-12")]
    [InlineData("5 januari a.s.", "2020-12-20", "2021-01-05", "2021-01-05")]       // a.s. across new year
    [InlineData("9 tot 11 juli 2024", null, "2024-07-09", "2024-07-11")]
    [InlineData("28-29 november 2023", null, "2023-11-28", "2023-11-29")]
    [InlineData("12–13 oktober 2022", null, "2022-10-12", "2022-10-13")]
    [InlineData("dinsdag 1 december en woensdag 2 december", "2020-11-25", "2020-12-01", "2020-12-02")]
    [InlineData("30 november en 1 december 2022", null, "2022-11-30", "2022-12-01")]
    [InlineData("14 juni 2021", null, "2021-06-14", "2021-06-14")]
    [InlineData("op 3 en 4 april 2019 in Washington", null, "2019-04-03", "2019-04-04")]
    [InlineData("1 JUNI 2021", null, "2021-06-01", "2021-06-01")]
    [InlineData("16 t/m 18 februari 2016", null, "2016-02-16", "2016-02-18")]
    public void Reads_dates_as_letters_write_them(string text, string? reference, string start, string end)
    {
        DateOnly? referenceDate = reference is null ? null : DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
        var resolved = DutchDates.FirstResolved(text, referenceDate);
        Assert.NotNull(resolved);
        Assert.Equal(start, resolved.Value.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(end, resolved.Value.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Kamerstuk 28 676, nr. 210")]
    [InlineData("de 74 projecten")]
    [InlineData("31 februari 2021")]          // no such day
    [InlineData("NAVO2030 december")]
    [InlineData("23 maart")]                  // no year and nothing to take it from
    public void Finds_no_date_where_there_is_none(string text)
    {
        Assert.Null(DutchDates.FirstResolved(text, null));
    }

    [Theory]
    [InlineData("2020-12-01", "2020-12-02", "1 en 2 december 2020")]
    [InlineData("2017-03-31", "2017-03-31", "31 maart 2017")]
    [InlineData("2022-11-30", "2022-12-01", "30 november en 1 december 2022")]
    public void Formats_a_meeting_span_in_Dutch(string start, string end, string expected)
    {
        var s = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var e = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, DutchDates.Format(s, e));
    }
}
