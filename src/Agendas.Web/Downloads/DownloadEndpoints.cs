using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Web.Feeds;
using Agendas.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Agendas.Web.Downloads;

/// <summary>
/// <c>/downloads/agendas.zip</c>: every letter's text and JSON, the topic vocabulary and a README
/// (<see cref="Data.Export.DataExport"/>), with the feeds' validators: <c>ETag</c> <c>"v{version}"</c>, and
/// <c>Last-Modified</c> the time of the import.
/// </summary>
/// <remarks>Not in the page cache: the file on disk is the cache, and a zip of many letters does not belong in memory.</remarks>
internal static class DownloadEndpoints
{
    public const string ZipPath = "/downloads/agendas.zip";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddDownloads(this IServiceCollection services) =>
        services.AddSingleton(provider =>
        {
            string connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString("Agendas") ?? AgendasDatabase.DefaultConnectionString;
            var options = provider.GetRequiredService<IOptions<AgendasOptions>>().Value;
            return new ExportCache(
                FolderFor(connectionString),
                TopicsFile.Path(options, provider.GetRequiredService<IHostEnvironment>()),
                provider.GetRequiredService<IServiceScopeFactory>(),
                provider.GetRequiredService<TopicVocabulary>(),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<ExportCache>>());
        });

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ZipPath, Methods, GetZipAsync);
        return endpoints;
    }

    private static async Task<IResult> GetZipAsync(HttpContext context, AgendasDbContext db, ExportCache cache, CancellationToken ct)
    {
        var stamp = await ConditionalGet.ReadStampAsync(db, ct);
        if (ConditionalGet.IsNotModified(context, stamp))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var zip = await cache.OpenAsync(stamp.Version, ct);
        // The file result checks If-Range and Range against the same validators: a broken download can resume. It
        // disposes the stream when the response is done.
        return Results.File(
            zip,
            "application/zip",
            "agendas.zip",
            lastModified: stamp.ChangedAt,
            entityTag: new EntityTagHeaderValue($"\"v{stamp.Version}\""),
            enableRangeProcessing: true);
    }

    /// <summary>A folder beside the database file, as SQLite resolves its path; the temporary folder for a database in memory.</summary>
    private static string FolderFor(string connectionString)
    {
        var settings = new SqliteConnectionStringBuilder(connectionString);
        if (settings.Mode == SqliteOpenMode.Memory || settings.DataSource is "" or ":memory:")
        {
            return Path.Combine(Path.GetTempPath(), $"agendas-downloads-{Environment.ProcessId}");
        }
        return Path.GetFullPath(settings.DataSource) + ".downloads";
    }
}
