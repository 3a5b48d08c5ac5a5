namespace Agendas.Core.Tests.Gold;

/// <summary>Compares a seed's parse with its gold file on some concerns and fails with a unified diff.</summary>
public static class GoldAssert
{
    public static void Matches(string seed, params string[] concerns)
    {
        var run = SeedRun.Current;
        var seedCase = run.Case(seed);
        var result = seedCase.Result;
        if (result.Letter is not { } letter || result.Error is not null)
        {
            Assert.Fail($"seed {seed} ({seedCase.SourceName}): no letter to compare with gold/{seed}.json on {string.Join(", ", concerns)}; "
                + $"the parse failed: {result.Error?.Code}: {result.Error?.Message} (line {result.Error?.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"})");
            return;
        }

        var sheet = GoldFacts.Build(seedCase.Gold, letter);
        string expected = sheet.Dump(concerns, expected: true);
        string actual = sheet.Dump(concerns, expected: false);
        if (expected == actual)
        {
            return;
        }
        var facts = sheet.Of(concerns).ToList();
        int failing = facts.Count(f => !f.Holds);
        Assert.Fail($"seed {seed} ({seedCase.SourceName}), {string.Join(", ", concerns)}: {failing} of {facts.Count} facts differ from the gold\n"
            + UnifiedDiff.Render(expected, actual, $"Gold/{seed}.json", "parse"));
    }
}
