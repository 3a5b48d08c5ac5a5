using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests.Generation;

public sealed class GeneratorDeterminismTests
{
    [Fact]
    public void The_same_seed_writes_the_same_letters()
    {
        var first = GeneratedCorpus.Generator.Generate(40, seed: 11).ToList();
        var second = GeneratedCorpus.Generator.Generate(40, seed: 11).ToList();

        Assert.Equal(first.Select(l => l.Plan.FileName), second.Select(l => l.Plan.FileName));
        Assert.Equal(first.Select(l => l.Text), second.Select(l => l.Text));
    }

    [Fact]
    public void Another_seed_writes_other_letters()
    {
        var first = GeneratedCorpus.Generator.Generate(40, seed: 11).Select(l => l.Plan.FileName).ToList();
        var other = GeneratedCorpus.Generator.Generate(40, seed: 12).Select(l => l.Plan.FileName).ToList();

        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task The_command_writes_the_same_files_for_the_same_seed_in_two_runs()
    {
        string root = Path.Combine(Path.GetTempPath(), "agendas-generate-" + Guid.NewGuid().ToString("N"));
        try
        {
            string a = Path.Combine(root, "a");
            string b = Path.Combine(root, "b");
            var runA = await CliRun.RunAsync("generate", "--count", "25", "--out", a, "--seed", "5", "--seeds", Seeds.Directory);
            var runB = await CliRun.RunAsync("generate", "--seed", "5", "--out", b, "--count", "25", "--seeds", Seeds.Directory);

            Assert.Equal(0, runA.ExitCode);
            Assert.Equal(0, runB.ExitCode);
            string[] filesA = [.. Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            string[] filesB = [.. Directory.GetFiles(b).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            Assert.Equal(25, filesA.Length);
            Assert.Equal(filesA, filesB);
            Assert.All(filesA, name => Assert.Equal(File.ReadAllBytes(Path.Combine(a, name)), File.ReadAllBytes(Path.Combine(b, name))));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("--out", "x")]
    [InlineData("--count", "0", "--out", "x")]
    [InlineData("--count", "ten", "--out", "x")]
    [InlineData("--count", "5", "--out", "x", "--seed", "abc")]
    [InlineData("--count", "5", "--out", "x", "--colour")]
    public async Task A_usage_error_exits_with_2_and_writes_nothing(params string[] options)
    {
        var run = await CliRun.RunAsync(["generate", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("agendas: ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists("x"));
    }
}
