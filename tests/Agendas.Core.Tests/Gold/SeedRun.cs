using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Text;
using Agendas.Core.Topics;

namespace Agendas.Core.Tests.Gold;

/// <summary>One seed letter: its gold file, its text and what the run made of it.</summary>
public sealed record SeedCase(string Id, GoldFile Gold, string SourceName, string Text, ParseResult Result)
{
    /// <summary>The letter's lines as in the file (1-based line N is <c>Lines[N - 1]</c>).</summary>
    public IReadOnlyList<string> Lines => Text.Split('\n');
}

/// <summary>
/// The five seeds parsed the way a real <c>parse seeds/*.txt</c> run does: topic vocabulary from the shipped
/// <c>seeds/topics.json</c>, every letter decoded by <see cref="LetterDecoder"/>, and all five handed to ONE
/// <see cref="LetterParser.ParseAll"/> call, so the de-hyphenation of each letter can use the words of the others.
/// Built once per test run.
/// </summary>
public sealed class SeedRun
{
    public static readonly IReadOnlyList<string> SeedIds = ["000", "001", "002", "003", "004"];

    private static readonly Lazy<SeedRun> Shared = new(() => new SeedRun());

    private readonly Dictionary<string, SeedCase> _cases = new(StringComparer.Ordinal);
    private readonly Exception? _runFailure;

    private SeedRun()
    {
        string baseDirectory = AppContext.BaseDirectory;
        SeedDirectory = Path.Combine(baseDirectory, "seeds");
        GoldDirectory = Path.Combine(baseDirectory, "Gold");
        Topics = TopicVocabulary.FromJson(File.ReadAllText(Path.Combine(SeedDirectory, "topics.json")));

        var golds = SeedIds.Select(id => GoldFile.Parse(File.ReadAllText(Path.Combine(GoldDirectory, id + ".json")))).ToList();
        var sources = golds.Select(g => new SourceText("seeds/" + g.File, Decode(Path.Combine(SeedDirectory, g.File)))).ToList();

        IReadOnlyList<ParseResult> results;
        try
        {
            results = new LetterParser(Topics).ParseAll(sources);
        }
#pragma warning disable CA1031 // A parser that throws must fail every gold test with its exception, not the fixture.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _runFailure = ex;
            results = sources.Select(s => ParseResult.Failed(s.Name, new Diagnostic("exception", ex.Message))).ToList();
        }
        if (results.Count != sources.Count)
        {
            throw new InvalidOperationException($"ParseAll returned {results.Count} results for {sources.Count} letters.");
        }
        Results = results;
        for (int i = 0; i < golds.Count; i++)
        {
            _cases[golds[i].Seed] = new SeedCase(golds[i].Seed, golds[i], sources[i].Name, sources[i].Text, results[i]);
        }
    }

    public static SeedRun Current => Shared.Value;

    public string SeedDirectory { get; }

    public string GoldDirectory { get; }

    public TopicVocabulary Topics { get; }

    /// <summary>The results of the single ParseAll call, in seed order.</summary>
    public IReadOnlyList<ParseResult> Results { get; }

    /// <summary>The seed's case; throws the parser's own exception (wrapped) when ParseAll threw.</summary>
    public SeedCase Case(string seed)
    {
        if (_runFailure is not null)
        {
            throw new InvalidOperationException($"LetterParser.ParseAll threw: {_runFailure.Message}", _runFailure);
        }
        return _cases[seed];
    }

    /// <summary>The seed's gold file and text, without touching the parse (for checks of the gold files themselves).</summary>
    public SeedCase GoldOnly(string seed) => _cases[seed];

    private static string Decode(string path)
    {
        var decoded = LetterDecoder.Decode(File.ReadAllBytes(path));
        return decoded.Text ?? throw new InvalidOperationException($"{path}: {decoded.Error?.Message}");
    }
}
