using Agendas.Core.Model;
using Agendas.Core.Tests.Parsing;

namespace Agendas.Core.Tests.Fuzzing;

/// <summary>Weaknesses of the parser met while fuzzing it, each fixed and kept here so it stays fixed.</summary>
public class KnownWeaknessTests
{
    private const string Body =
        "Introductie\n\nDe NAVO-ministers van Buitenlandse Zaken komen bijeen in Florence. De minister van Buitenlandse Zaken\n" +
        "zal deelnemen aan deze bijeenkomst.\n\nBalkan\n\nDe ministers spreken over de situatie in Kosovo en de rol van KFOR daarbij.\n";

    [Theory]
    [InlineData("J.J. van Aartsen")]
    [InlineData("A.G. Koenders")]
    [InlineData("F.H.G. de Grave")]
    [InlineData("mr. J.G. de Hoop Scheffer")]
    [InlineData("B. van der Heijden")]
    public void A_signature_with_initials_and_a_particle_is_a_signatory_not_an_item(string name)
    {
        string text = "GEANNOTEERDE AGENDA NAVO MINISTERIËLE BIJEENKOMST\n3 EN 4 MEI 2000 TE FLORENCE\n\n" + Body +
            "\nDe Minister van Buitenlandse Zaken,\n\n" + name + "\n";
        var result = TestLetters.Parse(text);
        Assert.True(result.Ok, result.Error?.Message);
        var letter = result.Letter!;
        Assert.Equal([name], letter.Document.Signatories.Select(s => s.Name));
        Assert.Equal(["Balkan"], letter.Sessions.SelectMany(s => s.Items).Select(i => i.Heading));
        Assert.Contains(result.SetAside, l => l.Role == SetAsideRoles.Signature && l.Text == name);
    }

    [Theory]
    [InlineData("GEANNOTEERDE AGENDA NAVO MINISTERIËLE BIJEENKOMST 3\nEN 4 MEI 2000", "2000-05-03", "2000-05-04")]
    [InlineData("GEANNOTEERDE AGENDA NAVO MINISTERIËLE\nBIJEENKOMST OP\n4 MEI 2000", "2000-05-04", "2000-05-04")]
    [InlineData("VERSLAG NAVO MINISTERIËLE BIJEENKOMST\n3-4 MEI 2000", "2000-05-03", "2000-05-04")]
    public void An_all_caps_title_keeps_its_short_last_line(string title, string start, string end)
    {
        var result = TestLetters.Parse(title + "\n\n" + Body);
        Assert.True(result.Ok, result.Error?.Message);
        var meeting = result.Letter!.Meeting;
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), meeting.StartDate);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), meeting.EndDate);
        Assert.All(title.Split('\n'), line => Assert.Contains(result.SetAside, l => l.Role == SetAsideRoles.Title && l.Text == line));
    }
}
