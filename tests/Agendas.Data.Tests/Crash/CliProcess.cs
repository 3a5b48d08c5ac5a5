using System.Diagnostics;
using System.Threading.Channels;

namespace Agendas.Data.Tests.Crash;

/// <summary>
/// The built command line (<c>agendas.dll</c>, copied into the test output by the project reference) running as a
/// child process, so that it can be killed the way a power cut or the OOM killer would: SIGKILL, no clean-up.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _all = [];

    private CliProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Every line the process printed so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "agendas.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Only the arguments choose the database and the topics: nothing leaks in from the test runner's environment.
        start.Environment.Remove("ConnectionStrings__Agendas");
        start.Environment.Remove("Agendas__TopicsFile");
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Received(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Received(e.Data is null ? null : "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits until the process has printed <paramref name="count"/> lines that start with <paramref name="prefix"/>; false when it ended first.</summary>
    public async Task<bool> WaitForLinesAsync(string prefix, int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        int seen = 0;
        try
        {
            while (seen < count && await _lines.Reader.WaitToReadAsync(cts.Token))
            {
                while (seen < count && _lines.Reader.TryRead(out string? line))
                {
                    if (line.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        seen++;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{seen} of {count} lines '{prefix}…' after {timeout}; output:\n{string.Join('\n', Output)}");
        }
        return seen >= count;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Unix), then waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for a normal end and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_all)
        {
            _all.Add(line);
        }
        _lines.Writer.TryWrite(line);
    }
}
