using System.Net;
using Agendas.Core.Text;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Downloads;

/// <summary><c>/downloads/agendas.zip</c> over the five seeds: what it holds, and that it is built once, not per request.</summary>
public sealed class BulkDownloadTests : IClassFixture<AgendasAppFactory>, IDisposable
{
    private readonly AgendasAppFactory _app;
    private readonly HttpClient _client;

    public BulkDownloadTests(AgendasAppFactory app, ITestOutputHelper output)
    {
        _app = app;
        _app.Logs.Output = output;
        _client = app.CreateClient();
    }

    public void Dispose()
    {
        _app.Logs.Output = null;
        _client.Dispose();
    }

    [Fact]
    public async Task Zip_holds_the_five_letters_text_and_json_the_vocabulary_and_a_readme()
    {
        var zip = await ZipDownload.GetAsync(_client);

        Assert.Equal(HttpStatusCode.OK, zip.Response.Status);
        Assert.Equal("application/zip", zip.Response.ContentType);
        Assert.Equal(
            [
                "2017-03-31-buitenlandse-zaken-agenda", "2020-12-01-buitenlandse-zaken-agenda", "2021-03-23-buitenlandse-zaken-verslag",
                "2021-06-01-buitenlandse-zaken-en-defensie-agenda", "2022-11-29-buitenlandse-zaken-agenda",
            ],
            zip.LetterTexts.Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal));
        Assert.Equal(zip.LetterTexts.Select(p => Path.ChangeExtension(p, ".json")).Order(StringComparer.Ordinal), zip.LetterJsons.Order(StringComparer.Ordinal));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "seeds", "topics.json")), zip.Entries["topics.json"]);
        Assert.Contains("brieven/<brief>.json", zip.Text("README.txt"), StringComparison.Ordinal);
        Assert.Equal(12, zip.Entries.Count);
    }

    [Fact]
    public async Task Each_letter_has_its_text_as_received_and_its_parsed_json()
    {
        var zip = await ZipDownload.GetAsync(_client);

        foreach (string textPath in zip.LetterTexts)
        {
            using var json = zip.Json(Path.ChangeExtension(textPath, ".json"));
            var root = json.RootElement;
            Assert.True(root.GetProperty("ok").GetBoolean());
            string slug = Path.GetFileNameWithoutExtension(textPath);
            Assert.StartsWith(root.GetProperty("meeting").GetProperty("slug").GetString()!, slug, StringComparison.Ordinal);
            // The seed the letter came from, decoded as the importer decodes it (some seeds are Windows-1252).
            byte[] seed = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "seeds", root.GetProperty("file").GetString()!));
            Assert.Equal(LetterDecoder.Decode(seed).Text, zip.Text(textPath));
        }
        Assert.Contains(
            "Rusland-Oekraïne",
            zip.Text("brieven/2022-11-29-buitenlandse-zaken-agenda.json"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_requests_get_the_same_file_built_once_with_its_validators()
    {
        var first = await ZipDownload.GetAsync(_client);
        string built = Assert.Single(Directory.GetFiles(_app.DatabasePath + ".downloads", "*.zip"));
        var writtenAt = File.GetLastWriteTimeUtc(built);
        var second = await ZipDownload.GetAsync(_client);

        Assert.NotNull(first.Response.ETag);
        Assert.NotNull(first.Response.LastModified);
        Assert.Equal(first.Response.ETag, second.Response.ETag);
        Assert.Equal(first.Response.LastModified, second.Response.LastModified);
        Assert.Equal(first.Response.Body, second.Response.Body);
        Assert.Equal(built, Assert.Single(Directory.GetFiles(_app.DatabasePath + ".downloads", "*.zip")));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(built));
        Assert.Equal(first.Response.Body, await File.ReadAllBytesAsync(built));
    }

    [Fact]
    public async Task A_request_with_its_etag_gets_304_and_head_gets_the_headers_without_a_body()
    {
        var first = await ZipDownload.GetAsync(_client);

        var again = await Feeds.Download.GetAsync(_client, ZipDownload.Path, r => r.Headers.TryAddWithoutValidation("If-None-Match", first.Response.ETag));
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, ZipDownload.Path));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Body);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Response.ETag, head.Headers.ETag?.ToString());
        Assert.Equal(first.Response.Body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
