using System.Text.Json;
using Agendas.Data;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// Item links whose anchor changed in a re-import (<c>…/sessie-2#oud</c> → <c>…/sessie-2#nieuw</c>). Browsers never
/// send the anchor, so the server cannot redirect it: the session page carries the map as JSON and
/// <c>/js/anchors.js</c> follows it when the anchor in the address is not on the page.
/// </summary>
internal static class MovedAnchors
{
    /// <summary>
    /// Old anchor → new address, for anchors that pointed into this session and for those whose new home is here
    /// (the server redirected a renamed session here, and the browser kept the old anchor).
    /// </summary>
    public static async Task<string?> JsonAsync(AgendasDbContext db, string sessionPath, CancellationToken ct)
    {
        string prefix = sessionPath + "#";
        var rows = await db.SlugHistory.AsNoTracking()
            .Where(r => r.OldPath.StartsWith(prefix) || r.NewPath.StartsWith(prefix))
            .Select(r => new { r.OldPath, r.NewPath })
            .ToListAsync(ct);
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.OldPath.StartsWith(prefix, StringComparison.Ordinal) ? 0 : 1))
        {
            int hash = row.OldPath.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                map.TryAdd(row.OldPath[(hash + 1)..], row.NewPath);
            }
        }
        // The serializer escapes <, > and & (its default encoder), so the JSON cannot close the element it stands in.
        return map.Count == 0 ? null : JsonSerializer.Serialize(map);
    }
}
