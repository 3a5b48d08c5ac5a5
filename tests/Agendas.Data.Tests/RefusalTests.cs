using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

/// <summary>Each kind of bad file is refused with a reason that names it, and costs the other files of its run nothing.</summary>
public sealed class RefusalTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private readonly TempStore _reference = new();

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _reference.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _reference.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(BadFiles.Kinds), MemberType = typeof(BadFiles))]
    public async Task A_bad_file_fails_with_a_reason_that_names_it(string kind)
    {
        var (name, bytes, code) = BadFiles.Make(kind);
        string bad = _store.WriteFile(name, bytes);

        var outcome = (await _store.ImportAsync(bad)).Outcomes.Single();

        Assert.Equal(ImportStatus.Failed, outcome.Status);
        Assert.Equal(code, outcome.Code);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
        Assert.Contains(name, outcome.Message, StringComparison.Ordinal);
        Assert.StartsWith("failed: ", outcome.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadFiles.Kinds), MemberType = typeof(BadFiles))]
    public async Task A_bad_file_leaves_the_database_unchanged(string kind)
    {
        await _store.ImportAsync(Seeds.Path("000"));
        var before = await _store.CountRowsAsync();
        var (name, bytes, _) = BadFiles.Make(kind);

        var summary = await _store.ImportAsync(_store.WriteFile(name, bytes));

        Assert.Equal("0 imported, 0 updated, 0 unchanged, 1 failed", summary.SummaryLine);
        Assert.Equal(before, await _store.CountRowsAsync());
    }

    [Theory]
    [MemberData(nameof(BadFiles.Kinds), MemberType = typeof(BadFiles))]
    public async Task The_other_files_of_the_same_run_are_imported(string kind)
    {
        var (name, bytes, _) = BadFiles.Make(kind);
        string bad = _store.WriteFile(name, bytes);

        var summary = await _store.ImportAsync(Seeds.Path("001"), bad, Seeds.Path("004"));
        await _reference.ImportAsync(Seeds.Path("001"), Seeds.Path("004"));

        Assert.Equal("2 imported, 0 updated, 0 unchanged, 1 failed", summary.SummaryLine);
        Assert.Equal(ImportStatus.Failed, summary.Outcomes[1].Status);
        Assert.Equal(await _reference.CountRowsAsync(), await _store.CountRowsAsync());
        Assert.DoesNotContain(name, await _store.QueryAsync(db => db.Documents.Select(d => d.SourceFileName).ToListAsync()));
    }

    [Fact]
    public async Task A_path_that_does_not_exist_fails_and_names_it()
    {
        string missing = Path.Combine(_store.Folder, "bestaat-niet.txt");

        var outcome = (await _store.ImportAsync(missing)).Outcomes.Single();

        Assert.Equal(ImportStatus.Failed, outcome.Status);
        Assert.Contains("bestaat-niet.txt", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_says_the_file_is_empty()
    {
        var outcome = (await _store.ImportAsync(_store.WriteFile("leeg.txt", []))).Outcomes.Single();

        Assert.EndsWith("leeg.txt: het bestand is leeg", outcome.ToString(), StringComparison.Ordinal);
    }
}
