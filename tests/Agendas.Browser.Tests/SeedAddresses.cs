namespace Agendas.Browser.Tests;

/// <summary>Addresses the seed letters give the app; the tests walk and check these.</summary>
public static class SeedAddresses
{
    /// <summary>The meeting of 1 and 2 December 2020 (seed 000): NAVO 2030 in session 1, China in session 2.</summary>
    public const string December2020 = "2020-12-01-buitenlandse-zaken";

    public const string December2020Session2 = $"/vergaderingen/{December2020}/sessie-2";

    /// <summary>One page of every type, with the status it answers; the tests that cover "every page type" use these.</summary>
    public static TheoryData<string, string, int> PageTypes => new()
    {
        { "home", "/", 200 },
        { "vergaderingen", "/vergaderingen", 200 },
        { "vergadering", $"/vergaderingen/{December2020}", 200 },
        { "sessie", December2020Session2, 200 },
        { "onderwerpen", "/onderwerpen", 200 },
        { "onderwerp", "/onderwerpen/rusland", 200 },
        { "document", $"/documenten/{December2020}-agenda", 200 },
        { "zoeken", "/zoeken?q=oekraine", 200 },
        { "gegevens", "/gegevens", 200 },
        { "niet-gevonden", "/vergaderingen/1999-01-01-bestaat-niet", 404 },
    };
}
