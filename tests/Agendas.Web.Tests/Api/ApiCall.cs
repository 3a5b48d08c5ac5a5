using System.Net;
using System.Text.Json;

namespace Agendas.Web.Tests.Api;

/// <summary>One API response: status, content type, headers and the parsed JSON (null when the body was empty).</summary>
internal sealed record ApiCall(HttpStatusCode Status, string? MediaType, IReadOnlyDictionary<string, string> Headers, JsonElement? Json)
{
    public JsonElement Body => Json ?? throw new InvalidOperationException("The response had no JSON body.");

    /// <summary>The output cache adds <c>Age</c> to what it serves from memory, and only then.</summary>
    public bool FromCache => Headers.ContainsKey("Age");

    public static async Task<ApiCall> GetAsync(HttpClient client, string pathOrUrl, string? origin = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(pathOrUrl, UriKind.RelativeOrAbsolute));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        using var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        JsonElement? json = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        return new ApiCall(response.StatusCode, response.Content.Headers.ContentType?.MediaType, headers, json);
    }

    /// <summary>The paginated list of an answer: the answer itself, or a topic's timeline.</summary>
    public static JsonElement List(JsonElement body) => body.TryGetProperty("timeline", out var timeline) ? timeline : body;

    /// <summary>Every page of a list, by following <c>next</c> from <paramref name="first"/> until it is null.</summary>
    public static async Task<List<ApiCall>> FollowAsync(HttpClient client, string first, int limit = 50)
    {
        var pages = new List<ApiCall>();
        string? next = first;
        while (next is not null)
        {
            Assert.True(pages.Count < limit, $"next links from {first} did not end within {limit} pages");
            var page = await GetAsync(client, next);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            pages.Add(page);
            next = List(page.Body).GetProperty("next").GetString();
        }
        return pages;
    }
}
