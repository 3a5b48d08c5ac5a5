using Agendas.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Agendas.Web.Tests.Operations;

/// <summary>Which limit a path counts against: by prefix and suffix, so new addresses are covered, and case blind as routing is.</summary>
public sealed class RateLimitedPathsTests
{
    [Theory]
    [InlineData("/zoeken", nameof(RateLimitCategory.Search))]
    [InlineData("/ZOEKEN/", nameof(RateLimitCategory.Search))]
    [InlineData("/zoeken/feed", nameof(RateLimitCategory.Search))]
    [InlineData("/zoeken.csv", nameof(RateLimitCategory.Search))]
    [InlineData("/api/zoeken", nameof(RateLimitCategory.Search))]
    [InlineData("/api/vergaderingen", nameof(RateLimitCategory.Api))]
    [InlineData("/Api/Iets/Nieuws", nameof(RateLimitCategory.Api))]
    [InlineData("/onderwerpen/rusland/feed", nameof(RateLimitCategory.Feeds))]
    [InlineData("/vergaderingen/feed/", nameof(RateLimitCategory.Feeds))]
    [InlineData("/vergaderingen.ics", nameof(RateLimitCategory.Feeds))]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken.ICS", nameof(RateLimitCategory.Feeds))]
    [InlineData("/onderwerpen/china.csv", nameof(RateLimitCategory.Feeds))]
    [InlineData("/downloads/agendas.zip", nameof(RateLimitCategory.Feeds))]
    [InlineData("/", nameof(RateLimitCategory.None))]
    [InlineData("/zoekenx", nameof(RateLimitCategory.None))]
    [InlineData("/apix", nameof(RateLimitCategory.None))]
    [InlineData("/onderwerpen/rusland", nameof(RateLimitCategory.None))]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2", nameof(RateLimitCategory.None))]
    [InlineData("/health", nameof(RateLimitCategory.None))]
    [InlineData("/css/site.css", nameof(RateLimitCategory.None))]
    public void Sorts_a_path_into_its_limit(string path, string expected) =>
        Assert.Equal(expected, RateLimitedPaths.Categorize(new PathString(path)).ToString());
}
