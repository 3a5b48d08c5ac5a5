using Agendas.Core.Model;
using Agendas.Core.Tests.Parsing;
using Agendas.Core.Text;

namespace Agendas.Core.Tests.Fuzzing;

/// <summary>
/// Inputs that once broke the parser, kept as files in <c>Fuzzing/Crashers/</c> (docs/fuzzing.md): each must parse
/// to a letter or a clear error, never an internal one, and a letter must lose no word. tools/fuzz.sh also starts
/// AFL++ from them.
/// </summary>
public class CrasherTests
{
    public static TheoryData<string> Crashers() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Crashers"), "*.txt")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Crashers))]
    public void A_kept_crasher_parses_to_a_letter_or_a_clear_error_and_loses_no_word(string name)
    {
        var decoded = LetterDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Crashers", name)));
        Assert.NotNull(decoded.Text);

        var result = TestLetters.Parse(decoded.Text);

        Assert.NotEqual(ErrorCodes.Internal, result.Error?.Code);
        if (result.Ok)
        {
            var lost = TextConservation.LostWords(decoded.Text, result);
            Assert.True(lost.Count == 0, string.Join("\n", lost));
        }
    }
}
