using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Generation;

/// <summary>Generated letters through the real CLI import into a real SQLite file.</summary>
public sealed class GeneratedImportTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Sixty_generated_letters_import_with_0_failed_into_the_meetings_they_were_written_for()
    {
        string folder = Path.Combine(_store.Folder, "generated");
        var generate = await CliRun.RunAsync("generate", "--count", "60", "--out", folder, "--seed", "9", "--seeds", Seeds.Directory);
        Assert.Equal(0, generate.ExitCode);

        var import = await CliRun.RunAsync("import", folder, "--db", _store.DatabasePath);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("60 imported, 0 updated, 0 unchanged, 0 failed", import.Lines[^1]);
        var planned = GeneratedCorpus.Generator.Plans(60, seed: 9).ToList();
        var stored = await _store.QueryAsync(db => db.Documents.Select(d => new { d.Slug, Meeting = d.Meeting.Slug, d.Kamerstuk }).ToListAsync());
        Assert.Equal(
            planned.Select(p => (p.DocumentSlug, p.Meeting.Slug, (string?)p.Kamerstuk)).Order(),
            stored.Select(d => (d.Slug, d.Meeting, d.Kamerstuk)).Order());
    }
}
