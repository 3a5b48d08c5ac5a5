using Agendas.Data.Import;
using Agendas.Data.Search;
using Agendas.Data.Search.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AgendasDbContext"/> (scoped) on the SQLite file of <paramref name="connectionString"/> and
    /// <see cref="LetterImporter"/> and <see cref="ISearchIndex"/> (scoped). The caller registers the <see cref="Core.Topics.TopicVocabulary"/> (a singleton).
    /// </summary>
    public static IServiceCollection AddAgendasData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<AgendasDbContext>(options => AgendasDatabase.Configure(options, connectionString));
        services.AddScoped<LetterImporter>();
        // One in-memory snapshot of the search index per process, rebuilt after each import (Search/Memory).
        services.AddSingleton(_ => new SearchSnapshots(AgendasDatabase.Normalize(connectionString)));
        services.AddScoped(provider => SearchIndexes.For(provider.GetRequiredService<AgendasDbContext>(), provider.GetRequiredService<SearchSnapshots>()));
        return services;
    }
}
