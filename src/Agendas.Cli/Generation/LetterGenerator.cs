namespace Agendas.Cli.Generation;

/// <summary>
/// Writes realistic letters for load and benchmark runs by recombining the seeds. The same material, count and
/// seed give the same letters, byte for byte: one <see cref="Random"/> plans the calendar, and each letter has its
/// own, seeded from the run's seed and its index, so a letter does not depend on how many were generated.
/// </summary>
public sealed class LetterGenerator(SeedMaterial material)
{
    /// <summary>Kamerstuk numbers start here, in date order (dossier 28 676 had reached nr. 100 by 2000).</summary>
    public const int FirstKamerstukNumber = 100;

    /// <summary>The most letters one run can write without two sharing a meeting slug and kind.</summary>
    public static int MaxCount => MeetingCalendar.MaxLetters;

    /// <summary>The plans and texts of <paramref name="count"/> letters, in meeting order; lazily written.</summary>
    public IEnumerable<GeneratedLetter> Generate(int count, int seed) =>
        Plan(count, seed).Select(p => new GeneratedLetter(p.Plan, LetterWriter.Write(p.Plan, p.Random)));

    /// <summary>What <see cref="Generate"/> would write, without writing it (the identities of a large run, say).</summary>
    public IEnumerable<PlannedLetter> Plans(int count, int seed) => Plan(count, seed).Select(p => p.Plan);

    private IEnumerable<(PlannedLetter Plan, Random Random)> Plan(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var composer = new LetterComposer(material);
        var meetings = MeetingCalendar.Plan(count, new Random(seed));
        int index = 0;
        foreach (var (meeting, kinds) in meetings)
        {
            foreach (var kind in kinds)
            {
                index++;
                var random = new Random(unchecked((seed * 1_000_003) + index));
                yield return (composer.Compose(index, kind, meeting, FirstKamerstukNumber + index - 1, random), random);
            }
        }
    }
}
