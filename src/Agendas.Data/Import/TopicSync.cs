using Agendas.Core.Topics;
using Microsoft.EntityFrameworkCore;
using TopicRow = Agendas.Data.Entities.Topic;

namespace Agendas.Data.Import;

/// <summary>
/// Brings the <c>Topics</c> table in line with the vocabulary (upsert by slug). Topics that left the
/// vocabulary stay: links to them may exist, and their pages may have been cited.
/// </summary>
internal static class TopicSync
{
    /// <summary>Synchronises and returns the topic ids by slug.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> SyncAsync(AgendasDbContext db, TopicVocabulary vocabulary, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            var stored = await db.Topics.ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, ct).ConfigureAwait(false);
            bool changed = false;
            foreach (var topic in vocabulary.Topics)
            {
                if (!stored.TryGetValue(topic.Slug, out var row))
                {
                    db.Topics.Add(new TopicRow { Slug = topic.Slug, Dutch = topic.Dutch, English = topic.English, Aliases = [.. topic.Aliases] });
                    changed = true;
                }
                else if (row.Dutch != topic.Dutch || row.English != topic.English || !row.Aliases.SequenceEqual(topic.Aliases))
                {
                    row.Dutch = topic.Dutch;
                    row.English = topic.English;
                    row.Aliases = [.. topic.Aliases];
                    changed = true;
                }
            }
            if (changed)
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await DataVersionBump.BumpAsync(db, now, ct).ConfigureAwait(false);
            }
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        db.ChangeTracker.Clear();
        return await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Id, StringComparer.Ordinal, ct).ConfigureAwait(false);
    }
}
