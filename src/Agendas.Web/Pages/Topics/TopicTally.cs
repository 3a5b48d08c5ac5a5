using System.Linq.Expressions;
using Agendas.Core.Text;
using Agendas.Data;
using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Topics;

/// <summary>
/// How many entries (agenda items, and sessions that carry a topic without an item carrying it) each topic has, and
/// the years they span. Shared by the topic index and the home page so that both show the same numbers; the topic
/// page lists exactly these entries (a test holds the three together).
/// </summary>
internal static class TopicTally
{
    /// <summary>
    /// A tag row that is an entry of a topic page. An item's row always is. A session's own rows repeat the topics of
    /// its items (the importer stores the union with its title's topics), so a session row counts only when none of
    /// the session's items carries that topic: a session without items (seed 003, sessions 1 and 2) or one whose
    /// title alone names the topic.
    /// </summary>
    public static Expression<Func<ItemTopic, bool>> IsEntry =>
        l => l.ItemId != null || !l.Session!.Items.Any(i => i.Topics.Any(t => t.TopicId == l.TopicId));

    /// <summary>Every topic, alphabetical by Dutch name, with its entry count and year span (null years without entries).</summary>
    public static async Task<IReadOnlyList<TopicCount>> LoadAsync(AgendasDbContext db, CancellationToken ct)
    {
        var topics = await db.Topics
            .AsNoTracking()
            .Select(t => new { t.Id, t.Slug, t.Dutch, t.English })
            .ToListAsync(ct);

        var entries = await db.ItemTopics
            .AsNoTracking()
            .Where(IsEntry)
            .Select(l => new
            {
                l.TopicId,
                Start = l.Item != null ? l.Item.Session.Document.Meeting.StartDate : l.Session!.Document.Meeting.StartDate,
            })
            .ToListAsync(ct);
        var byTopic = entries.ToLookup(e => e.TopicId, e => e.Start.Year);

        return [.. topics
            .Select(t =>
            {
                var years = byTopic[t.Id].ToList();
                return new TopicCount(t.Slug, t.Dutch, t.English, years.Count, years.Count > 0 ? years.Min() : null, years.Count > 0 ? years.Max() : null);
            })
            // Folded, so that "Oekraïne" sorts as "oekraine" without depending on the machine's culture data.
            .OrderBy(t => Folding.Fold(t.Dutch), StringComparer.Ordinal)];
    }
}

/// <summary>One topic with its number of entries and the first and last year it was on an agenda.</summary>
internal sealed record TopicCount(string Slug, string Dutch, string English, int Entries, int? FirstYear, int? LastYear)
{
    /// <summary><c>2017–2022</c>, <c>2021</c>, or empty without entries.</summary>
    public string Years => FirstYear is not { } first || LastYear is not { } last ? ""
        : first == last ? $"{first}" : $"{first}\u2013{last}";

    /// <summary><c>1 agendapunt</c>, <c>4 agendapunten</c>.</summary>
    public string EntriesText => Entries == 1 ? "1 agendapunt" : $"{Entries} agendapunten";
}
