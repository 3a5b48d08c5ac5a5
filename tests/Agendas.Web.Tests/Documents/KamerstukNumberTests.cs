using Agendas.Web.Pages.Documents;

namespace Agendas.Web.Tests.Documents;

/// <summary>Kamerstuk numbers as parliament cites them, and their official address.</summary>
public sealed class KamerstukNumberTests
{
    [Theory]
    [InlineData("28676-266", "28 676, nr. 266")]
    [InlineData("35570-X-39", "35 570 X, nr. 39")]
    [InlineData("22054-374", "22 054, nr. 374")]
    [InlineData("123-4", "123, nr. 4")]
    [InlineData("2021D12041", "2021D12041")]
    [InlineData("28676-", "28676-")]
    public void Display_reads_as_a_citation(string stored, string display) =>
        Assert.Equal(display, KamerstukNumber.Display(stored));

    [Fact]
    public void Url_is_the_official_publication() =>
        Assert.Equal("https://zoek.officielebekendmakingen.nl/kst-35570-X-39.html", KamerstukNumber.Url("35570-X-39"));
}
