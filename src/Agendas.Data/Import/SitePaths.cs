namespace Agendas.Data.Import;

/// <summary>The public addresses of stored things (product.md, "URLs"): what SlugHistory records.</summary>
public static class SitePaths
{
    public static string Meeting(string meetingSlug) => $"/vergaderingen/{meetingSlug}";

    public static string Session(string meetingSlug, string sessionSlug) => $"/vergaderingen/{meetingSlug}/{sessionSlug}";

    /// <summary>An item is an anchor on its session page. Browsers do not send the anchor, so redirecting it is the page's (script's) job.</summary>
    public static string Item(string meetingSlug, string sessionSlug, string itemSlug) => $"/vergaderingen/{meetingSlug}/{sessionSlug}#{itemSlug}";

    public static string Document(string documentSlug) => $"/documenten/{documentSlug}";
}
