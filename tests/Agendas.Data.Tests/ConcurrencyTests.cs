using Agendas.Data.Entities;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

/// <summary>The web app imports the seeds at start while the CLI may import the same folder into the same file.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
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

    [Fact]
    public async Task Two_imports_of_the_same_letters_at_once_store_each_letter_once()
    {
        var runs = await Task.WhenAll(
            Task.Run(() => _store.ImportAsync(Seeds.Directory)),
            Task.Run(() => _store.ImportAsync(Seeds.Directory)));

        Assert.All(runs, r => Assert.Equal(0, r.Failed));
        Assert.Equal(5, runs.Sum(r => r.Imported));
        Assert.Equal(5, runs.Sum(r => r.Unchanged));
        await _reference.ImportAsync(Seeds.Directory);
        Assert.Equal(await _reference.CountRowsAsync(), await _store.CountRowsAsync());
    }

    [Fact]
    public async Task The_introduction_is_the_paragraphs_without_an_owner()
    {
        await _store.ImportAsync(Seeds.Path("000"));

        var introduction = await _store.QueryAsync(db => db.Paragraphs.Where(Paragraph.IsIntroduction).OrderBy(p => p.Ordinal).Select(p => p.Text).ToListAsync());

        Assert.NotEmpty(introduction);
        Assert.StartsWith("Op dinsdag 1 december", introduction[0], StringComparison.Ordinal);
    }
}
