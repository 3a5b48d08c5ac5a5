using System.Net;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Api;

/// <summary>
/// /openapi/v1.json describes every /api/ endpoint, and each one answers in the shape the document gives: its 200
/// answer and its problem answers are checked against the document's schemas, generically.
/// </summary>
public sealed class OpenApiDocumentTests(AgendasServerFixture server, ITestOutputHelper output) : IClassFixture<AgendasServerFixture>
{
    /// <summary>A value for each route parameter, so that each documented path can be called.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["meeting"] = "2020-12-01-buitenlandse-zaken",
        ["topic"] = "rusland",
        ["slug"] = "2020-12-01-buitenlandse-zaken-agenda",
    };

    /// <summary>Query strings that make a list non-trivial (a search without a query has no results).</summary>
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["/api/zoeken"] = "?q=oekraine",
    };

    [Fact]
    public async Task The_document_lists_every_api_endpoint_the_app_maps()
    {
        var document = await DocumentAsync();

        var documented = Operations(document).Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Select(e => e.RoutePattern.RawText!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(mapped.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        Assert.Superset(documented, new HashSet<string>(StringComparer.Ordinal)
        {
            "/api/vergaderingen", "/api/vergaderingen/{meeting}", "/api/onderwerpen", "/api/onderwerpen/{topic}",
            "/api/documenten", "/api/documenten/{slug}", "/api/zoeken",
        });
        Assert.All(document.GetProperty("paths").EnumerateObject(), p => Assert.StartsWith("/api/", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_endpoint_documents_its_parameters_its_answer_and_its_problems()
    {
        var document = await DocumentAsync();

        Assert.All(Operations(document), o =>
        {
            var responses = o.Operation.GetProperty("responses");
            Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _), $"{o.Path}: 200 JSON");
            var problems = responses.EnumerateObject().Where(r => r.Name.StartsWith('4')).ToList();
            Assert.NotEmpty(problems);
            Assert.All(problems, p => Assert.True(p.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{o.Path} {p.Name}"));
            foreach (string name in RouteParameters(o.Path))
            {
                Assert.Contains(o.Operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == name);
            }
        });
        var meetings = Operations(document).Single(o => o.Path == "/api/vergaderingen").Operation;
        Assert.Equal(["raad", "jaar", "pagina", "aantal"], meetings.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Every_endpoint_answers_200_JSON_in_the_shape_of_its_schema()
    {
        var document = await DocumentAsync();
        using var client = server.CreateHttpClient();

        foreach (var (path, operation) in Operations(document))
        {
            string url = Fill(path) + Queries.GetValueOrDefault(path, "");
            var call = await ApiCall.GetAsync(client, url);
            var schema = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");

            var check = SchemaCheck.Run(document, schema, call.Body);

            output.WriteLine($"{url}: {check.PropertiesChecked} properties checked");
            Assert.Equal((HttpStatusCode.OK, "application/json"), (call.Status, call.MediaType));
            Assert.Empty(check.Errors);
            Assert.True(check.PropertiesChecked > 10, $"{url}: only {check.PropertiesChecked} properties checked");
        }
    }

    [Fact]
    public async Task Every_documented_problem_answers_problem_JSON_in_Dutch_in_the_shape_of_its_schema()
    {
        var document = await DocumentAsync();
        using var client = server.CreateHttpClient();
        int checkedProblems = 0;

        foreach (var (path, operation) in Operations(document))
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name is "400" or "404"))
            {
                // 404: an unknown meeting, topic or letter; 400: a page number that is no number.
                string url = response.Name == "404" ? Fill(path, "bestaat-niet") : Fill(path) + "?pagina=nul";
                var call = await ApiCall.GetAsync(client, url);
                var schema = response.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");

                var check = SchemaCheck.Run(document, schema, call.Body);

                Assert.Equal(((HttpStatusCode)int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), "application/problem+json"), (call.Status, call.MediaType));
                Assert.Empty(check.Errors);
                Assert.Equal(int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), call.Body.GetProperty("status").GetInt32());
                Assert.Contains(call.Body.GetProperty("title").GetString(), (string[])["Niet gevonden", "Ongeldige vraag"]);
                Assert.DoesNotContain("Exception", call.Body.GetRawText(), StringComparison.Ordinal);
                checkedProblems++;
            }
        }
        Assert.True(checkedProblems >= 8, $"only {checkedProblems} problem answers checked");
    }

    [Fact]
    public async Task The_document_is_public_to_any_origin()
    {
        using var client = server.CreateHttpClient();

        var call = await ApiCall.GetAsync(client, "/openapi/v1.json", origin: "https://elders.example");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal("*", call.Headers["Access-Control-Allow-Origin"]);
        Assert.StartsWith("3.", call.Body.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = server.CreateHttpClient();
        var call = await ApiCall.GetAsync(client, "/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, call.Status);
        return call.Body;
    }

    private static List<(string Path, JsonElement Operation)> Operations(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject().Select(p => (p.Name, p.Value.GetProperty("get")))];

    private static IEnumerable<string> RouteParameters(string path) =>
        path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'));

    /// <summary>The path with each route parameter replaced by its sample (or by <paramref name="value"/>); no sample fails the test.</summary>
    private static string Fill(string path, string? value = null)
    {
        foreach (string name in RouteParameters(path))
        {
            Assert.True(Samples.ContainsKey(name), $"no sample value for {{{name}}} of {path}: add one to Samples");
            path = path.Replace($"{{{name}}}", value ?? Samples[name], StringComparison.Ordinal);
        }
        return path;
    }
}
