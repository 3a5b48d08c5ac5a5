using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Operations;

/// <summary>
/// <c>Agendas:LogFormat=json</c> makes the console one JSON object per line. The app runs as its own process (the
/// built Agendas.Web.dll), because the console is what is under test and the test host shares its console.
/// </summary>
public sealed class JsonLogTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_request_logs_one_JSON_line_with_its_path_and_status()
    {
        using var folder = new TempDirectory();
        int port = FreePort();
        var lines = new ConcurrentQueue<string>();
        using var app = StartApp(folder.Path, port, lines);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var status = await FirstAnswerAsync(client, "/onderwerpen?log=json");

            var requestLines = await WaitForAsync(lines, line => line.Contains("\"RequestPath\":\"/onderwerpen\"", StringComparison.Ordinal));

            var request = Assert.Single(requestLines);
            using var json = JsonDocument.Parse(request);
            Assert.Equal("/onderwerpen", json.RootElement.GetProperty("RequestPath").GetString());
            Assert.Equal((int)status, json.RootElement.GetProperty("StatusCode").GetInt32());
            Assert.True(json.RootElement.TryGetProperty("@t", out _), "a CLEF timestamp");
            // Every line the app wrote is a JSON object of its own, start-up lines included.
            Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            foreach (string line in lines)
            {
                output.WriteLine(line);
            }
        }
    }

    private static Process StartApp(string folder, int port, ConcurrentQueue<string> lines)
    {
        string configuration = typeof(JsonLogTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string bin = Path.Combine(RepositoryRoot.Path, "src", "Agendas.Web", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[]
        {
            Path.Combine(bin, "Agendas.Web.dll"),
            "--urls", $"http://127.0.0.1:{port}",
            $"--ConnectionStrings:Agendas=Data Source={Path.Combine(folder, "agendas.db")}",
            "--Agendas:ImportSeedsOnStartup=false",
            "--Agendas:LogFormat=json",
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                lines.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                lines.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The status of the first answer, asking again while the app is still starting.</summary>
    private static async Task<HttpStatusCode> FirstAnswerAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                return response.StatusCode;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>The matching lines once there is one, and a moment longer, so that a second line would be seen too.</summary>
    private static async Task<List<string>> WaitForAsync(ConcurrentQueue<string> lines, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!lines.Any(match) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await Task.Delay(500);
        return [.. lines.Where(match)];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
