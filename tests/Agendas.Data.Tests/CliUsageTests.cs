using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests;

public sealed class CliUsageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("parse")]
    [InlineData("import --db")]
    [InlineData("import seeds --bogus")]
    [InlineData("parse x.txt --db y.db")]
    public async Task A_usage_error_exits_2_with_the_usage_on_stderr(string commandLine)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gebruik:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task An_unknown_verb_is_named_escaped()
    {
        var run = await CliRun.RunAsync("\u001b]0;titel\u0007");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.Contains("\\u001B]0;titel\\u0007", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("agendas import", run.Stdout, StringComparison.Ordinal);
    }
}
