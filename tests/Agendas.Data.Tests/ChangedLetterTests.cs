using System.Text;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

/// <summary>A corrected letter replaces its earlier version and keeps its addresses; moved addresses redirect.</summary>
public sealed class ChangedLetterTests : IAsyncLifetime
{
    private const string Meeting = "2021-03-23-buitenlandse-zaken";
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
    public async Task An_edited_item_heading_updates_the_letter_under_the_same_document_slug()
    {
        await _store.ImportAsync(Seeds.Directory);
        string edited = WriteEditedReport(_store);

        var summary = await _store.ImportAsync(edited);

        Assert.Equal("0 imported, 1 updated, 0 unchanged, 0 failed", summary.SummaryLine);
        Assert.Equal($"{Meeting}-verslag", summary.Outcomes.Single().DocumentSlug);
        var counts = await _store.CountRowsAsync();
        Assert.Equal(5, counts["Documents"]);
        Assert.Equal(5, counts["Meetings"]);
    }

    [Fact]
    public async Task The_old_item_address_redirects_to_the_renamed_item()
    {
        await _store.ImportAsync(Seeds.Directory);
        var oldItem = await ItemAsync("Zuidflank");

        await _store.ImportAsync(WriteEditedReport(_store));

        var newItem = await ItemAsync("Zuidflank van het bondgenootschap");
        Assert.NotEqual(oldItem.Slug, newItem.Slug);
        var history = await _store.QueryAsync(db => db.SlugHistory.ToDictionaryAsync(r => r.OldPath, r => r.NewPath));
        string oldPath = $"/vergaderingen/{Meeting}/{oldItem.Session}#{oldItem.Slug}";
        Assert.True(history.ContainsKey(oldPath), $"SlugHistory holds {string.Join(", ", history.Keys)}");
        Assert.Equal($"/vergaderingen/{Meeting}/{newItem.Session}#{newItem.Slug}", history[oldPath]);
    }

    [Fact]
    public async Task A_replaced_letter_leaves_no_rows_of_its_earlier_version()
    {
        await _store.ImportAsync(Seeds.Path("002"));
        string edited = WriteEditedReport(_store);
        await _store.ImportAsync(edited);

        await _reference.ImportAsync(WriteEditedReport(_reference));

        // Redirects and the earlier source text are what an update keeps on purpose.
        var expected = (await _reference.CountRowsAsync()).ByTable.Where(kv => kv.Key is not ("SlugHistory" or "DocumentVersions"));
        var actual = (await _store.CountRowsAsync()).ByTable.Where(kv => kv.Key is not ("SlugHistory" or "DocumentVersions"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Changing_a_letter_back_removes_the_redirect_of_an_address_that_lives_again()
    {
        await _store.ImportAsync(Seeds.Path("002"));
        await _store.ImportAsync(WriteEditedReport(_store));

        var summary = await _store.ImportAsync(Seeds.Path("002"));

        Assert.Equal("0 imported, 1 updated, 0 unchanged, 0 failed", summary.SummaryLine);
        var history = await _store.QueryAsync(db => db.SlugHistory.ToListAsync());
        var zuidflank = await ItemAsync("Zuidflank");
        Assert.DoesNotContain(history, r => r.OldPath == $"/vergaderingen/{Meeting}/{zuidflank.Session}#{zuidflank.Slug}");
        Assert.All(history, r => Assert.NotEqual(r.OldPath, r.NewPath));
    }

    private static string WriteEditedReport(TempStore store)
    {
        string text = Seeds.Text("002");
        const string heading = "\nZuidflank\n";
        Assert.Contains(heading, text, StringComparison.Ordinal);
        return store.WriteFile("002-gecorrigeerd.txt", Encoding.UTF8.GetBytes(text.Replace(heading, "\nZuidflank van het bondgenootschap\n", StringComparison.Ordinal)));
    }

    private Task<(string Session, string Slug)> ItemAsync(string heading) =>
        _store.QueryAsync(async db =>
        {
            var item = await db.Items.Where(i => i.Heading == heading).Select(i => new { Session = i.Session.Slug, i.Slug }).SingleAsync();
            return (item.Session, item.Slug);
        });
}
