using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Text;
using Agendas.Core.Topics;
using SharpFuzz;

namespace Agendas.Fuzz;

/// <summary>
/// The AFL++ target (tools/fuzz.sh): one input's bytes go through the decoder and the parser, as a file does on import.
/// The parser catches everything itself, so an internal error it reports is turned back into a crash that AFL can see.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        string topicsFile = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "topics.json");
        string topicsJson = File.ReadAllText(topicsFile);
        // Instrumented code (all of Agendas.Core) may only run once SharpFuzz has mapped AFL's coverage memory,
        // so the parser is made inside the callback, once.
        LetterParser? parser = null;
        // Out of process: a stack overflow or a timeout kills only the child, and AFL records the input.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            parser ??= new LetterParser(TopicVocabulary.FromJson(topicsJson));
            ParseOne(parser, stream);
        });
    }

    private static void ParseOne(LetterParser parser, Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var decoded = LetterDecoder.Decode(buffer.ToArray());
        if (decoded.Text is null)
        {
            return;
        }
        var result = parser.Parse(decoded.Text, "fuzz.txt");
        if (result.Error?.Code == ErrorCodes.Internal)
        {
            throw new InvalidOperationException(result.Error.Message);
        }
        // The JSON contract must hold for whatever the parser returns.
        _ = ParseResultJson.Serialize(result);
    }
}
