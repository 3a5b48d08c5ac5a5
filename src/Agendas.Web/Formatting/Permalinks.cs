using Agendas.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Agendas.Web.Formatting;

/// <summary>
/// Absolute addresses for citations: <c>Agendas:PublicBaseUrl</c> when set (behind a proxy the request does not know
/// the public name), else the scheme and host of the request.
/// </summary>
internal sealed class Permalinks(IOptions<AgendasOptions> options)
{
    public string Absolute(HttpRequest request, string path)
    {
        string configured = options.Value.PublicBaseUrl ?? "";
        string root = configured.Length > 0 ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root + path;
    }
}
