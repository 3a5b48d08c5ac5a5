using Agendas.Web.Formatting;

namespace Agendas.Web.Tests;

public sealed class DutchFormatTests
{
    [Theory]
    [InlineData("2017-03-31", "2017-03-31", "31 maart 2017")]
    [InlineData("2020-12-01", "2020-12-02", "1–2 december 2020")]
    [InlineData("2022-11-29", "2022-11-30", "29–30 november 2022")]
    [InlineData("2022-11-30", "2022-12-01", "30 november – 1 december 2022")]
    [InlineData("2020-12-31", "2021-01-01", "31 december 2020 – 1 januari 2021")]
    [InlineData("2021-06-01", "2021-05-31", "1 juni 2021")]
    public void Date_ranges_read_as_Dutch_writers_write_them(string start, string end, string expected) =>
        Assert.Equal(expected, DutchFormat.DateRange(DateOnly.Parse(start, null), DateOnly.Parse(end, null)));

    [Theory]
    [InlineData("buitenlandse-zaken", "Buitenlandse Zaken")]
    [InlineData("buitenlandse-zaken,defensie", "Buitenlandse Zaken en Defensie")]
    [InlineData("top", "Top")]
    [InlineData("buitenlandse-zaken,defensie,top", "Buitenlandse Zaken, Defensie en Top")]
    public void Councils_are_named_in_Dutch(string slugs, string expected) =>
        Assert.Equal(expected, DutchFormat.Councils(slugs.Split(',')));
}
