namespace Agendas.Web.Feeds;

/// <summary>
/// Atom ids as tag URIs (RFC 4151): <c>tag:{host},2026:{path}</c>, the path being the thing's permalink path with
/// its anchor, e.g. <c>tag:agendas.example,2026:/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-1#rusland</c>.
/// </summary>
/// <remarks>
/// Built from addresses the importer keeps when it replaces a letter (the slugs of meetings, letters, sessions and
/// items), never from database keys, which a re-import renews. The date is the year these ids were first minted and
/// must never change; the host is the public one (Agendas:PublicBaseUrl when set), so that one site gives one id.
/// </remarks>
internal static class TagUri
{
    private const string MintedIn = "2026";

    public static string For(string permalinkRoot, string path) =>
        $"tag:{new Uri(permalinkRoot).Host},{MintedIn}:{path}";
}
