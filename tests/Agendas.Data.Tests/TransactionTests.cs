using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

/// <summary>One transaction per file: a failure in the middle of writing a letter leaves nothing of it.</summary>
public sealed class TransactionTests : IAsyncLifetime
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

    // The database refuses an item named China: the meeting, document and earlier sessions are written by then.
    private const string RefuseChina = """
        CREATE TRIGGER refuse_china BEFORE INSERT ON "Items" WHEN NEW."Slug" = 'china'
        BEGIN SELECT RAISE(ABORT, 'geweigerd door de test'); END;
        """;

    [Fact]
    public async Task A_failure_in_the_middle_of_writing_a_letter_leaves_no_half_letter()
    {
        await _store.ExecuteAsync(RefuseChina);

        var summary = await _store.ImportAsync(Seeds.Directory);

        // 000, 002 and 003 have an item "China"; 001 and 004 do not.
        Assert.Equal("2 imported, 0 updated, 0 unchanged, 3 failed", summary.SummaryLine);
        Assert.All(summary.Outcomes.Where(o => o.Status == ImportStatus.Failed), o =>
        {
            Assert.Equal(ImportErrorCodes.StoreFailed, o.Code);
            Assert.Contains(Path.GetFileName(o.File), o.Message, StringComparison.Ordinal);
        });
        await _reference.ImportAsync(Seeds.Path("001"), Seeds.Path("004"));
        Assert.Equal(await _reference.CountRowsAsync(), await _store.CountRowsAsync());
    }

    [Fact]
    public async Task A_failed_update_keeps_the_earlier_version_whole()
    {
        await _store.ImportAsync(Seeds.Path("002"));
        var before = await _store.CountRowsAsync();
        string slug = await _store.QueryAsync(db => db.Documents.Select(d => d.Slug).SingleAsync());
        await _store.ExecuteAsync(RefuseChina);
        string edited = _store.WriteFile("002-gecorrigeerd.txt", Seeds.Text("002").Replace("\nZuidflank\n", "\nZuidflank van het bondgenootschap\n", StringComparison.Ordinal));

        var summary = await _store.ImportAsync(edited);

        Assert.Equal("0 imported, 0 updated, 0 unchanged, 1 failed", summary.SummaryLine);
        Assert.Equal(before, await _store.CountRowsAsync());
        Assert.Equal(slug, await _store.QueryAsync(db => db.Documents.Select(d => d.Slug).SingleAsync()));
        Assert.Contains("\nZuidflank\n", await _store.QueryAsync(db => db.Documents.Select(d => d.SourceText).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_meeting_has_a_document_and_every_row_an_owner_after_failures()
    {
        await _store.ExecuteAsync(RefuseChina);

        await _store.ImportAsync(Seeds.Directory);

        await _store.QueryAsync(async db =>
        {
            Assert.False(await db.Meetings.AnyAsync(m => !m.Documents.Any()));
            Assert.False(await db.Sessions.AnyAsync(s => !db.Documents.Any(d => d.Id == s.DocumentId)));
            Assert.False(await db.Paragraphs.AnyAsync(p => !db.Documents.Any(d => d.Id == p.DocumentId)));
            return true;
        });
    }
}
