using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Agendas.Benchmarks.ParserBenchmarks).Assembly).Run(args);
