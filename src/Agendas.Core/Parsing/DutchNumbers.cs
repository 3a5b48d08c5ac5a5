namespace Agendas.Core.Parsing;

/// <summary>Dutch number words as letters use them for sessions: "twee", "derde".</summary>
internal static class DutchNumbers
{
    private static readonly string[] Cardinals = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];
    private static readonly string[] Ordinals = ["", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"];

    public static int Cardinal(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }
        string w = word.ToLowerInvariant().Replace('é', 'e');
        return Array.IndexOf(Cardinals, w);
    }

    public static int Ordinal(string word) => Array.IndexOf(Ordinals, word.ToLowerInvariant());

    public const string OrdinalPattern = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende";
    public const string CardinalPattern = "twee|drie|vier|vijf|zes|zeven|acht";
}
