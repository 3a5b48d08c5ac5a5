using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Agendas.Web.Tests.Feeds;

/// <summary>A feed, calendar or CSV response: status, headers and body bytes, and the feed read back by the Syndication reader.</summary>
internal sealed record Download(HttpStatusCode Status, string? ContentType, string? ETag, DateTimeOffset? LastModified, byte[] Body)
{
    public static async Task<Download> GetAsync(HttpClient client, string path, Action<HttpRequestMessage>? prepare = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        prepare?.Invoke(request);
        using var response = await client.SendAsync(request);
        return new Download(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified,
            await response.Content.ReadAsByteArrayAsync());
    }

    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as Atom 1.0; throws when it is not a valid Atom feed.</summary>
    public SyndicationFeed Feed
    {
        get
        {
            using var stream = new MemoryStream(Body);
            using var reader = XmlReader.Create(stream);
            var formatter = new Atom10FeedFormatter();
            Assert.True(formatter.CanRead(reader), "the body is an Atom 1.0 feed");
            formatter.ReadFrom(reader);
            return formatter.Feed;
        }
    }
}
