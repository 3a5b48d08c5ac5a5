using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

public sealed class SeedImportTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Importing_the_five_seeds_stores_five_documents_and_five_meetings()
    {
        var summary = await _store.ImportAsync(Seeds.Directory);

        Assert.Equal("5 imported, 0 updated, 0 unchanged, 0 failed", summary.SummaryLine);
        var counts = await _store.CountRowsAsync();
        Assert.Equal(5, counts["Documents"]);
        Assert.Equal(5, counts["Meetings"]);
    }

    [Fact]
    public async Task Seeds_get_the_document_slugs_of_their_meetings()
    {
        await _store.ImportAsync(Seeds.Directory);

        var slugs = await _store.QueryAsync(db => db.Documents.Select(d => d.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(
            [
                "2017-03-31-buitenlandse-zaken-agenda",
                "2020-12-01-buitenlandse-zaken-agenda",
                "2021-03-23-buitenlandse-zaken-verslag",
                "2021-06-01-buitenlandse-zaken-en-defensie-agenda",
                "2022-11-29-buitenlandse-zaken-agenda",
            ],
            slugs);
    }

    [Fact]
    public async Task Second_import_reports_every_seed_unchanged()
    {
        await _store.ImportAsync(Seeds.Directory);
        var before = await _store.CountRowsAsync();

        var summary = await _store.ImportAsync(Seeds.Directory);

        Assert.Equal("0 imported, 0 updated, 5 unchanged, 0 failed", summary.SummaryLine);
        Assert.All(summary.Outcomes, o => Assert.NotNull(o.DocumentSlug));
        Assert.Equal(before, await _store.CountRowsAsync());
    }

    [Fact]
    public async Task Files_of_a_folder_are_imported_in_ordinal_order()
    {
        var summary = await _store.ImportAsync(Seeds.Directory);

        Assert.Equal(Seeds.All.Select(Path.GetFileName), summary.Outcomes.Select(o => Path.GetFileName(o.File)));
    }

    [Fact]
    public async Task A_document_keeps_its_source_text_hash_and_file_name()
    {
        await _store.ImportAsync(Seeds.Path("004"));

        var document = await _store.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal(Path.GetFileName(Seeds.Path("004")), document.SourceFileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Seeds.Path("004")))), document.ContentHash);
        Assert.Contains("Koenders", document.SourceText, StringComparison.Ordinal);
        Assert.Equal("28676-266", document.Kamerstuk);
    }

    [Fact]
    public async Task Topics_are_synchronised_from_the_vocabulary()
    {
        await _store.ImportAsync(Seeds.Path("004"));

        var slugs = await _store.QueryAsync(db => db.Topics.Select(t => t.Slug).ToListAsync());
        Assert.Equal(TempStore.Vocabulary.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal), slugs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_import_that_changes_data_bumps_the_data_version()
    {
        long Version(AgendasDbContext db) => db.DataVersion.Single().Version;

        await _store.ImportAsync(Seeds.Path("004"));
        long afterFirst = await _store.QueryAsync(db => Task.FromResult(Version(db)));
        await _store.ImportAsync(Seeds.Path("004"));
        long afterUnchanged = await _store.QueryAsync(db => Task.FromResult(Version(db)));
        await _store.ImportAsync(Seeds.Path("000"));
        long afterSecond = await _store.QueryAsync(db => Task.FromResult(Version(db)));

        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, afterUnchanged);
        Assert.True(afterSecond > afterFirst);
    }

    [Fact]
    public async Task The_lexicon_holds_the_words_of_the_stored_letters_once()
    {
        await _store.ImportAsync(Seeds.Directory);
        var once = await _store.QueryAsync(db => db.WordForms.ToDictionaryAsync(w => w.Form, w => w.Count));

        await _store.ImportAsync(Seeds.Directory);
        var twice = await _store.QueryAsync(db => db.WordForms.ToDictionaryAsync(w => w.Form, w => w.Count));

        Assert.NotEmpty(once);
        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task The_database_is_in_write_ahead_log_mode()
    {
        var modes = await _store.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", Assert.Single(modes));
    }

    [Fact]
    public async Task Unchanged_outcomes_name_the_stored_letter()
    {
        await _store.ImportAsync(Seeds.Path("002"));

        var outcome = (await _store.ImportAsync(Seeds.Path("002"))).Outcomes.Single();

        Assert.Equal(ImportStatus.Unchanged, outcome.Status);
        Assert.Equal("2021-03-23-buitenlandse-zaken-verslag", outcome.DocumentSlug);
    }
}
