using Agendas.Core.Parsing;

namespace Agendas.Core.Tests.Parsing;

public class ReferenceTests
{
    [Theory]
    [InlineData("(Kamerstuk 28 676, nr. 210)", "28676-210")]
    [InlineData("Kamerstuk 28676, nr. 353", "28676-353")]
    [InlineData("Kamerstukken 22 054 en 36 045, nr. 374 van 4 november 2022", "22054-374 36045-374")]
    [InlineData("(Kamerstukken 27925 nr. 771, d.d. 21 april 2021 en 2021Z07953 d.d. 12 mei 2021)", "27925-771 2021Z07953")]
    [InlineData("(zie Kamerstuk 2021D12041, 7 april 2021)", "2021D12041")]
    [InlineData("(Kamerstuknummer 34919-71)", "34919-71")]
    [InlineData("de moties Nieuwenhuijzen/Belhaj (35570-X-39) en Stoffer (35570-X-54)", "35570-X-39 35570-X-54")]
    [InlineData("Kamerstukken II 2016/17, 28 676, nr. 266", "28676-266")]
    [InlineData("Kamerstuk 21 501-02, nr. 2345", "21501-02-2345")]
    [InlineData("Kamerstuk 36 045, nr. 121 en nr. 123", "36045-121 36045-123")]
    public void Normalises_reference_forms(string text, string expected)
    {
        var found = References.Find(text).Select(r => r.Reference).Distinct();
        Assert.Equal(expected, string.Join(" ", found));
    }

    [Theory]
    [InlineData("in de periode 2016-2017")]
    [InlineData("Postbus 20061, 2515 XP Den Haag")]
    [InlineData("op 12-13 oktober 2022")]
    [InlineData("de 74 projecten van samenwerking")]
    public void Finds_no_reference_in_ordinary_numbers(string text)
    {
        Assert.Empty(References.Find(text));
    }
}
