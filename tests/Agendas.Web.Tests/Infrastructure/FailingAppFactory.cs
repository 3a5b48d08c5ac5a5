using Agendas.Data.Entities;
using Agendas.Data.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Infrastructure;

/// <summary>
/// The app with two faults whose exception carries <see cref="Secret"/>: one extra address that throws, appended behind
/// the app's own pipeline, and a search index that throws, so that a real endpoint fails (the page /zoeken and the
/// API's /api/zoeken alike; the API's catch-all would swallow an extra address under /api/).
/// </summary>
public sealed class FailingAppFactory : AgendasAppFactory
{
    /// <summary>Stands for anything internal (a connection string, a path) that must never reach a visitor.</summary>
    public const string Secret = "geheime-verbindingsreeks-42";

    public const string FailingPath = "/test/fout";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, ThrowingEndpoint>();
            // Registered after the app's own, so it is the one resolved; the importer writes the index without it.
            services.AddScoped<ISearchIndex, BrokenSearchIndex>();
        });
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(FailingPath, failing => failing.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    private sealed class BrokenSearchIndex : ISearchIndex
    {
        public Task<int> IndexDocumentAsync(Document document, CancellationToken ct = default) => throw Failure();

        public Task RemoveDocumentAsync(int documentId, CancellationToken ct = default) => throw Failure();

        public Task<int> RebuildAsync(CancellationToken ct = default) => throw Failure();

        public Task<SearchResults> SearchAsync(SearchQuery query, SearchFilters filters, SearchPage page, CancellationToken ct = default) => throw Failure();

        private static InvalidOperationException Failure() => new(Secret);
    }
}
