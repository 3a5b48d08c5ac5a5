using Agendas.Benchmarks.Search;
using BenchmarkDotNet.Running;

// "search-latency --db <file>": the search harness (docs/benchmarks.md); anything else goes to BenchmarkDotNet.
if (args is ["search-latency", .. var rest])
{
    return await SearchLatency.RunAsync(rest);
}
BenchmarkSwitcher.FromAssembly(typeof(Agendas.Benchmarks.ParserBenchmarks).Assembly).Run(args);
return 0;
