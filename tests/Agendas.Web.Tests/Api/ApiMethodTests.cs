using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests.Api;

/// <summary>The API only reads: another method gets 405 as a problem in JSON, whatever the client says it accepts.</summary>
public sealed class ApiMethodTests(AgendasServerFixture server) : IClassFixture<AgendasServerFixture>
{
    [Theory]
    [InlineData("POST", "/api/vergaderingen", "application/json")]
    [InlineData("DELETE", "/api/documenten/2020-12-01-buitenlandse-zaken-agenda", "application/json")]
    [InlineData("PUT", "/api/bestaat-niet", "application/json")]
    // A form in a browser asks for HTML; an API address still answers what the API answers.
    [InlineData("POST", "/api/zoeken", "text/html")]
    public async Task A_wrong_method_under_api_is_a_Dutch_problem_naming_the_methods_allowed(string method, string path, string accept)
    {
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Contains("GET", response.Content.Headers.Allow);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(405, problem.GetProperty("status").GetInt32());
        Assert.Equal("Methode niet toegestaan", problem.GetProperty("title").GetString());
        Assert.Contains("GET", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("requestId").GetString()));
    }
}
