using BenchmarkDotNet.Attributes;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;

namespace Agendas.Benchmarks;

/// <summary>
/// Parser throughput over the five seed letters: one whole run (evidence gathering included) and one letter alone.
/// Letters per second = 5 / mean time of <see cref="ParseAllSeeds"/>.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private LetterParser _parser = null!;
    private List<SourceText> _seeds = null!;
    private WordEvidence _evidence = null!;

    [GlobalSetup]
    public void Setup()
    {
        string seeds = FindSeeds();
        _parser = new LetterParser(TopicVocabulary.FromJson(File.ReadAllText(Path.Combine(seeds, "topics.json"))));
        _seeds = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new SourceText(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        _evidence = WordEvidence.Collect(_seeds.Select(s => s.Text));
    }

    [Benchmark(Description = "ParseAll: 5 seeds in one run")]
    public int ParseAllSeeds() => _parser.ParseAll(_seeds).Count(r => r.Ok);

    [Benchmark(Description = "Parse: seed 000 with run evidence")]
    public bool ParseOneSeed() => _parser.Parse(_seeds[0].Text, _seeds[0].Name, _evidence).Ok;

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "topics.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
