using System.Text.Json;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests;

public sealed class CliParseTests : IAsyncLifetime
{
    private readonly TempStore _files = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _files.DisposeAsync();

    [Fact]
    public async Task Parse_prints_one_json_array_in_the_order_given()
    {
        var run = await CliRun.RunAsync("parse", Seeds.Path("004"), Seeds.Path("000"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([Seeds.Path("004"), Seeds.Path("000")], files.Select(f => f.GetProperty("file").GetString()));
        Assert.All(files, f => Assert.True(f.GetProperty("ok").GetBoolean()));
        Assert.Equal("2017-03-31-buitenlandse-zaken", files[0].GetProperty("meeting").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_still_gets_its_object_and_exit_1()
    {
        string missing = Path.Combine(_files.Folder, "weg.txt");
        string empty = _files.WriteFile("leeg.txt", []);

        var run = await CliRun.RunAsync("parse", Seeds.Path("004"), missing, empty);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([Seeds.Path("004"), missing, empty], files.Select(f => f.GetProperty("file").GetString()));
        Assert.True(files[0].GetProperty("ok").GetBoolean());
        Assert.False(files[1].GetProperty("ok").GetBoolean());
        Assert.Equal("unreadable", files[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("empty", files[2].GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Parse_of_all_seeds_succeeds()
    {
        var run = await CliRun.RunAsync(["parse", .. Seeds.All]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(5, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_bidirectional_override_in_a_file_name_is_escaped_in_valid_json()
    {
        string empty = _files.WriteFile("x\u202Ey\u001b.txt", []);

        var run = await CliRun.RunAsync("parse", empty);

        Assert.DoesNotContain('\u202E', run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stdout);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(empty, json.RootElement[0].GetProperty("file").GetString());
    }
}
