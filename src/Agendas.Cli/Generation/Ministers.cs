namespace Agendas.Cli.Generation;

/// <summary>Who signed for Foreign Affairs and for Defence on a given date (approximate terms, for plausible signatures).</summary>
/// <remarks>
/// Full first names, as seed 001 signs: the parser's signature rule does not take initials followed by a lower-case
/// particle ("J.J. van Aartsen"), so such a name would be read as an item heading.
/// </remarks>
internal static class Ministers
{
    private static readonly (DateOnly From, string Name)[] ForeignAffairs =
    [
        (new(1998, 8, 3), "Jozias van Aartsen"),
        (new(2002, 7, 22), "Jaap de Hoop Scheffer"),
        (new(2003, 12, 3), "Ben Bot"),
        (new(2007, 2, 22), "Maxime Verhagen"),
        (new(2010, 10, 14), "Uri Rosenthal"),
        (new(2012, 11, 5), "Frans Timmermans"),
        (new(2014, 10, 17), "Bert Koenders"),
        (new(2017, 10, 26), "Halbe Zijlstra"),
        (new(2018, 3, 7), "Stef Blok"),
        (new(2021, 5, 25), "Sigrid Kaag"),
        (new(2022, 1, 10), "Wopke Hoekstra"),
        (new(2023, 9, 1), "Hanke Bruins Slot"),
        (new(2024, 7, 2), "Caspar Veldkamp"),
    ];

    private static readonly (DateOnly From, string Name)[] Defence =
    [
        (new(1998, 8, 3), "Frank de Grave"),
        (new(2002, 7, 22), "Henk Kamp"),
        (new(2007, 2, 22), "Eimert van Middelkoop"),
        (new(2010, 10, 14), "Hans Hillen"),
        (new(2012, 11, 5), "Jeanine Hennis-Plasschaert"),
        (new(2017, 10, 26), "Ank Bijleveld-Schouten"),
        (new(2022, 1, 10), "Kajsa Ollongren"),
        (new(2024, 7, 2), "Ruben Brekelmans"),
    ];

    public static string ForeignAffairsOn(DateOnly date) => On(ForeignAffairs, date);

    public static string DefenceOn(DateOnly date) => On(Defence, date);

    private static string On((DateOnly From, string Name)[] terms, DateOnly date) =>
        terms.LastOrDefault(t => t.From <= date, terms[0]).Name;
}
