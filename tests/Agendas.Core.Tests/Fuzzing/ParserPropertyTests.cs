using Agendas.Core.Model;
using Agendas.Core.Tests.Parsing;
using Agendas.Core.Text;
using CsCheck;

namespace Agendas.Core.Tests.Fuzzing;

/// <summary>
/// Property tests (CsCheck): whatever a letter goes through, the parser answers with a letter or a clear error,
/// never an internal one, and what it accepts keeps every word. Iteration counts keep each test to a few seconds;
/// a failure prints the CsCheck seed that reproduces it (pass it as <c>seed:</c> to <c>Sample</c>).
/// </summary>
public class ParserPropertyTests
{
    private static readonly string[][] Seeds = Directory
        .GetFiles(Path.GetDirectoryName(TestLetters.RepositoryFile("seeds/topics.json"))!, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllLines)
        .ToArray();

    [Fact]
    public void Mutated_seed_letters_parse_to_a_letter_or_a_clear_error_and_lose_no_word()
    {
        LetterGens.Mutated(Seeds.Length).Sample(letter =>
        {
            var decoded = LetterDecoder.Decode(letter.Bytes(Seeds));
            if (decoded.Text is null)
            {
                Assert.NotNull(decoded.Error);
                return;
            }
            var result = TestLetters.Parse(decoded.Text);
            AssertClearOutcome(result);
            if (result.Ok)
            {
                AssertNoWordLost(decoded.Text, result);
            }
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void Random_letter_like_text_parses_to_a_letter_or_a_clear_error_and_loses_no_word()
    {
        LetterGens.RandomLetter(Seeds).Sample(text =>
        {
            var result = TestLetters.Parse(text);
            AssertClearOutcome(result);
            if (result.Ok)
            {
                AssertNoWordLost(text, result);
            }
        }, iter: 200, threads: 1);
    }

    private static void AssertNoWordLost(string text, ParseResult result)
    {
        var lost = TextConservation.LostWords(text, result);
        if (lost.Count > 0)
        {
            // The failing letter and its parse, to read beside the message (CsCheck prints the shrunk input too).
            string file = Path.Combine(Path.GetTempPath(), $"agendas-lost-words-{Environment.ProcessId}");
            File.WriteAllText(file + ".txt", text);
            File.WriteAllText(file + ".json", ParseResultJson.Serialize(result));
            Assert.Fail($"{lost.Count} word(s) lost (letter and parse in {file}.txt/.json):\n" + string.Join("\n", lost.Take(10)));
        }
    }

    private static void AssertClearOutcome(ParseResult result)
    {
        Assert.True(result.Ok || result.Error is not null);
        Assert.NotEqual(ErrorCodes.Internal, result.Error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error?.Message ?? "ok"));
        // The JSON of `parse` is written for every outcome.
        Assert.NotEmpty(ParseResultJson.Serialize(result));
    }
}
