using Agendas.Core.Topics;
using Agendas.Data.Import;
using Agendas.Web.Downloads;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Agendas.Web.Tests.Downloads;

/// <summary>An import bumps the data version: the next request gets a zip built anew, and the old one is gone.</summary>
public sealed class RebuildTests(ITestOutputHelper output)
{
    private const string Letter2020 = "000_755643963f92a194.txt";

    [Fact]
    public async Task Zip_is_rebuilt_after_an_import_with_the_changed_letter_and_a_new_etag()
    {
        using var seeds = new TempDirectory();
        string original = Path.Combine(RepositoryRoot.Path, "seeds", Letter2020);
        File.Copy(original, Path.Combine(seeds.Path, Letter2020));
        await using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        app.Logs.Output = output;
        using var client = app.CreateClient();
        var before = await ZipDownload.GetAsync(client);
        string oldFile = Assert.Single(Directory.GetFiles(app.DatabasePath + ".downloads", "*.zip"));

        string changed = Path.Combine(seeds.Path, "gecorrigeerd.txt");
        string text = await File.ReadAllTextAsync(original);
        await File.WriteAllTextAsync(changed, text.Replace("De eerste sessie zal ingaan op Rusland", "De eerste sessie gaat in op Rusland", StringComparison.Ordinal));
        var summary = await ImportAsync(app, changed);
        var after = await ZipDownload.GetAsync(client);

        Assert.Equal(1, summary.Updated);
        Assert.NotEqual(before.Response.ETag, after.Response.ETag);
        const string letter = "brieven/2020-12-01-buitenlandse-zaken-agenda";
        Assert.Contains("De eerste sessie zal ingaan op Rusland", before.Text(letter + ".txt"), StringComparison.Ordinal);
        Assert.Contains("De eerste sessie gaat in op Rusland", after.Text(letter + ".txt"), StringComparison.Ordinal);
        Assert.Contains("De eerste sessie gaat in op Rusland", after.Text(letter + ".json"), StringComparison.Ordinal);
        Assert.Equal("gecorrigeerd.txt", after.Json(letter + ".json").RootElement.GetProperty("file").GetString());
        string newFile = Assert.Single(Directory.GetFiles(app.DatabasePath + ".downloads", "*.zip"));
        Assert.NotEqual(oldFile, newFile);
    }

    [Fact]
    public async Task A_download_under_way_reads_the_whole_old_zip_while_a_newer_one_replaces_it()
    {
        using var seeds = new TempDirectory();
        string original = Path.Combine(RepositoryRoot.Path, "seeds", Letter2020);
        File.Copy(original, Path.Combine(seeds.Path, Letter2020));
        await using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        app.Logs.Output = output;
        using var client = app.CreateClient();
        var before = await ZipDownload.GetAsync(client);
        long version;
        await using (var db = app.CreateDbContext())
        {
            version = (await db.DataVersion.SingleAsync()).Version;
        }
        var cache = app.Services.GetRequiredService<ExportCache>();

        // Opened as a response opens it, then an import and a request that builds the next version's zip.
        await using var underWay = await cache.OpenAsync(version, CancellationToken.None);
        string changed = Path.Combine(seeds.Path, "gecorrigeerd.txt");
        string text = await File.ReadAllTextAsync(original);
        await File.WriteAllTextAsync(changed, text.Replace("De eerste sessie zal ingaan op Rusland", "De eerste sessie gaat in op Rusland", StringComparison.Ordinal));
        await ImportAsync(app, changed);
        var after = await ZipDownload.GetAsync(client);
        using var received = new MemoryStream();
        await underWay.CopyToAsync(received);

        Assert.False(File.Exists(cache.PathOf(version)));
        Assert.NotEqual(before.Response.ETag, after.Response.ETag);
        Assert.Equal(before.Response.Body, received.ToArray());
    }

    private static async Task<ImportSummary> ImportAsync(AgendasAppFactory app, string letter)
    {
        var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")));
        await using var db = app.CreateDbContext();
        return await new LetterImporter(db, vocabulary, NullLogger<LetterImporter>.Instance).ImportAsync([letter]);
    }
}
