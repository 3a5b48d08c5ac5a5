using System.Text;
using Agendas.Core.Model;
using Agendas.Core.Text;

namespace Agendas.Core.Tests.Parsing;

public class RobustnessTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.GetDirectoryName(TestLetters.RepositoryFile("seeds/topics.json"))!, "*.txt").Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<int> Rounds() => [.. Enumerable.Range(0, 25)];

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Mutated_letters_never_throw_out_of_the_parser(int round)
    {
        var random = new Random(round);
        string[] lines = File.ReadAllLines(Seeds[round % Seeds.Length]);
        var mutated = lines.ToList();
        for (int k = 0; k < 20; k++)
        {
            int i = random.Next(mutated.Count);
            switch (random.Next(6))
            {
                case 0: mutated.RemoveAt(i); break;                                              // a line lost
                case 1: mutated.Insert(i, mutated[random.Next(mutated.Count)]); break;           // a line repeated
                case 2: mutated[i] = mutated[i][..random.Next(mutated[i].Length + 1)]; break;    // a line cut
                case 3: mutated[i] += "-"; break;                                                // a stray hyphen
                case 4: mutated[i] = new string(mutated[i].Select(c => random.Next(10) == 0 ? (char)random.Next(1, 0x3000) : c).ToArray()); break;
                default: (mutated[i], mutated[^1]) = (mutated[^1], mutated[i]); break;           // lines shuffled
            }
        }
        var result = TestLetters.Parse(string.Join(random.Next(2) == 0 ? "\n" : "\r\n", mutated));
        Assert.True(result.Ok || result.Error is not null);
        Assert.NotEqual(ErrorCodes.Internal, result.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("-\n-\n-")]
    [InlineData("1\n\n1 1\n\n¹")]
    [InlineData("SESSIE 1\nSESSIE 2\nSESSIE 99")]
    [InlineData("NAVO 1 en 2 december 2020\n\nSESSIE 1")]
    [InlineData("Geachte voorzitter,\n\nDe minister van Defensie,\n\nJan")]
    [InlineData("NAVO\n\n31 februari 2021")]
    public void Malformed_input_yields_a_result_not_an_exception(string text)
    {
        var result = TestLetters.Parse(text);
        Assert.NotEqual(ErrorCodes.Internal, result.Error?.Code);
    }

    [Fact]
    public void Random_text_never_throws_and_is_refused_as_not_a_letter()
    {
        var random = new Random(42);
        for (int round = 0; round < 50; round++)
        {
            var sb = new StringBuilder();
            int length = random.Next(2000);
            for (int i = 0; i < length; i++)
            {
                sb.Append(random.Next(8) == 0 ? '\n' : (char)random.Next(32, 0x250));
            }
            var result = TestLetters.Parse(sb.ToString());
            Assert.False(result.Ok);
            Assert.Equal(ErrorCodes.NotALetter, result.Error!.Code);
        }
    }

    [Fact]
    public void A_letter_about_another_council_is_not_a_NATO_letter()
    {
        string text = "GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN VAN 12 DECEMBER 2022\n\nOp 12 december vindt de Raad Buitenlandse Zaken plaats in Brussel.\n\nOekraïne\n\nDe Raad spreekt over Oekraïne.";
        var result = TestLetters.Parse(text);
        Assert.Equal(ErrorCodes.NotALetter, result.Error?.Code);
        Assert.NotNull(result.Error!.Line);
    }

    [Fact]
    public void A_Windows_1252_letter_with_CRLF_parses_like_its_UTF8_original()
    {
        string original = File.ReadAllText(Seeds[4]);
        byte[] legacy = CodePages.Windows1252.GetBytes(original.Replace("\n", "\r\n", StringComparison.Ordinal));
        var decoded = LetterDecoder.Decode(legacy);
        Assert.Equal("windows-1252", decoded.Encoding);

        var parser = TestLetters.Parser;
        string expected = ParseResultJson.Serialize(parser.Parse(original, "x"));
        string actual = ParseResultJson.Serialize(parser.Parse(decoded.Text!, "x"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(new byte[0], ErrorCodes.Empty)]
    [InlineData(new byte[] { 32, 10, 13, 10 }, ErrorCodes.Empty)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, ErrorCodes.Binary)]   // %PDF-1.4
    [InlineData(new byte[] { 0x4E, 0x41, 0x00, 0x56, 0x4F }, ErrorCodes.Binary)]
    public void The_decoder_refuses_what_is_not_a_text(byte[] bytes, string code)
    {
        Assert.Equal(code, LetterDecoder.Decode(bytes).Error?.Code);
    }

    [Fact]
    public void The_decoder_refuses_files_over_five_megabytes()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', LetterDecoder.MaxBytes + 1));
        Assert.Equal(ErrorCodes.TooLarge, LetterDecoder.Decode(bytes).Error?.Code);
    }

    [Fact]
    public void The_decoder_drops_a_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Oekraïne")];
        var decoded = LetterDecoder.Decode(bytes);
        Assert.Equal("Oekraïne", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static Encoding Windows1252 => Encoding.GetEncoding(1252);
    }
}
