namespace Agendas.Web.Pages.Search;

/// <summary>The services of <c>/zoeken</c> and <c>/api/zoeken</c> (Api/SearchApi.cs).</summary>
internal static class SearchServices
{
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddScoped<SearchRunner>();
}
