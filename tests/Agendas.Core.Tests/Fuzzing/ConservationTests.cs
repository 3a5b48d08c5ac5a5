using Agendas.Core.Tests.Gold;

namespace Agendas.Core.Tests.Fuzzing;

public class ConservationTests
{
    public static TheoryData<string> Seeds() => [.. SeedRun.SeedIds];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_word_of_a_seed_reaches_the_output_or_is_reported_as_set_aside(string id)
    {
        var seed = SeedRun.Current.Case(id);
        Assert.True(seed.Result.Ok, $"seed {id}: {seed.Result.Error}");
        var lost = TextConservation.LostWords(seed.Text, seed.Result);
        Assert.True(lost.Count == 0, $"seed {id} lost {lost.Count} word(s):\n" + string.Join("\n", lost.Take(40)));
    }
}
