using Agendas.Cli.Generation;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests.Generation;

/// <summary>The generator over the real seeds, read once for all tests.</summary>
internal static class GeneratedCorpus
{
    private static readonly Lazy<LetterGenerator> LazyGenerator = new(() => new LetterGenerator(SeedMaterial.Load(Seeds.Directory, TempStore.Vocabulary)));

    public static LetterGenerator Generator => LazyGenerator.Value;
}
