using System.Text.Encodings.Web;
using System.Text.Unicode;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Logging;
using Agendas.Web.Api;
using Agendas.Web.Downloads;
using Agendas.Web.Feeds;
using Agendas.Web.Hosting;
using Agendas.Web.Pages.Search;
using Agendas.Web.Pages.Topics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Serilog for every log line; levels and extra sinks come from configuration ("Serilog" section),
// and sinks registered as services (the tests route logs to their output that way). The logger belongs to this
// host, not to the static Log.Logger: tests run several hosts in one process, and each keeps its own log.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        // File names of seed letters and request paths come from outside: no raw newline or escape reaches a log.
        .Enrich.With<SafeLogProperties>()
        .WriteToConsole(services.GetRequiredService<IConfiguration>()),
    preserveStaticLogger: true);

builder.Services.AddOptions<AgendasOptions>()
    .Bind(builder.Configuration.GetSection(AgendasOptions.Section))
    .Validate(
        o => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
            || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
        "Agendas:PublicBaseUrl must be an absolute http or https URL.")
    .ValidateOnStart();

builder.Services.AddAgendasData(builder.Configuration.GetConnectionString("Agendas") ?? AgendasDatabase.DefaultConnectionString);
builder.Services.AddSingleton(services =>
{
    string path = TopicsFile.Path(services.GetRequiredService<IOptions<AgendasOptions>>().Value, builder.Environment);
    return TopicVocabulary.FromJson(File.ReadAllText(path));
});
builder.Services.AddScoped<DatabaseStartup>();
builder.Services.AddSearch();
builder.Services.AddSingleton<Agendas.Web.Formatting.Permalinks>();
builder.Services.AddPageCache();
builder.Services.AddSingleton<TopicSummaries>();
builder.Services.AddApi();
builder.Services.AddApiErrors();
builder.Services.AddDownloads();
// Operations (docs/operations.md): behind a proxy, rate limits, /health.
builder.Services.AddProxyHeaders(builder.Configuration);
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddHealth();

builder.Services.AddRazorPages();
// Razor encodes every non-ASCII character by default (co&#xF6;rdinatie); letting the Latin ranges and
// punctuation (the en dash of "1–2 december") through keeps the HTML readable. <, >, & and quotes stay encoded.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(
    UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA,
    UnicodeRanges.LatinExtendedAdditional, UnicodeRanges.GeneralPunctuation));

var app = builder.Build();

// Migrate and import before serving: the first request already sees the seeds.
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync(app.Lifetime.ApplicationStopping);
}

// Before everything that reads the client's address or scheme: logs, rate limits, HSTS, permalinks.
app.UseProxyHeaders();
// Outermost, so that each request is logged once, with the status it finally got (not again when an error page is re-executed).
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
if (!app.Environment.IsDevelopment())
{
    // A Dutch page without internals (under /api/ a problem in JSON: ApiErrors); the details go to the log.
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/fout",
        // By default an exception that a handler service (the API's) answered is not logged; it must be.
        SuppressDiagnosticsCallback = _ => false,
    });
}
app.UseStatusCodePagesWithReExecute("/fout/{0}");
// Inside the status-code pages, so that under /api/ a problem in JSON answers instead of the HTML page.
app.UseApiStatusCodePages();
app.UseSecurityHeaders();
app.UseStrictTransportSecurity();
app.UseSlugRedirects();
// Before the cache, so that an API answer served from it gets its CORS header for the origin that asks.
app.UseCors();
// After the security headers, so that a page served from the cache carries them too; inside the slug redirects,
// which act on 404s, and those are never cached.
app.UsePageCache();
// Inside the cache: a page served from it costs no permit.
app.UseRateLimits();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets().CachePages();
app.MapApi();
app.MapFeeds();
app.MapDownloads();
app.MapKamerstukRedirect();
app.MapHealth();

await app.RunAsync();

/// <summary>The entry point; public so that the tests' <c>WebApplicationFactory&lt;Program&gt;</c> can find it.</summary>
public partial class Program;
