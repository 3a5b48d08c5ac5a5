using System.Security.Cryptography;
using System.Text;
using Agendas.Core.Topics;
using Agendas.Data.Entities;
using Agendas.Data.Text;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

/// <summary>
/// The topics each item and session names in its text (<see cref="MentionedTopic"/>), found once when a letter is
/// stored, so that a topic page counts its related topics with one query instead of reading and tagging the text of
/// all its entries (13,000 for Rusland at 10,000 letters) on every request.
/// </summary>
/// <remarks>
/// The text is what the topic page used to tag: the heading (a session's title) and the plain text of the item's (the
/// session's own) paragraphs. Mentions depend on the vocabulary, so the store remembers which vocabulary found them
/// (<see cref="DataVersion.MentionsVocabulary"/>) and finds them all again when it changes, and once for a
/// database written before mentions were stored.
/// </remarks>
public static class TopicMentions
{
    /// <summary>Items (or sessions) read, tagged and written per round while finding every mention again.</summary>
    private const int BatchSize = 1000;

    /// <summary>A fingerprint of what the tagger matches: every topic's slug and aliases, in order.</summary>
    public static string VocabularyKey(TopicVocabulary vocabulary)
    {
        var text = new StringBuilder();
        foreach (var topic in vocabulary.Topics)
        {
            text.Append(topic.Slug).Append('\u001f').AppendJoin('\u001f', topic.Aliases).Append('\u001e');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The ids of the topics <paramref name="heading"/> and the Markdown <paramref name="paragraphs"/> name.</summary>
    internal static IEnumerable<int> Find(TopicTagger tagger, IReadOnlyDictionary<string, int> topicIds, string heading, IEnumerable<string> paragraphs)
    {
        string text = string.Join("\n", paragraphs.Select(PlainText.FromMarkdown).Prepend(heading));
        return tagger.Tag(text).Where(topicIds.ContainsKey).Select(slug => topicIds[slug]).Distinct();
    }

    /// <summary>
    /// Finds every item's and session's mentions again unless the stored ones were found with this vocabulary; true
    /// when it did. Brings the topics in line with the vocabulary first.
    /// </summary>
    public static async Task<bool> EnsureCurrentAsync(AgendasDbContext db, TopicVocabulary vocabulary, CancellationToken ct = default)
    {
        var topicIds = await TopicSync.SyncAsync(db, vocabulary, DateTime.UtcNow, ct).ConfigureAwait(false);
        return await EnsureCurrentAsync(db, vocabulary, topicIds, DateTime.UtcNow, ct).ConfigureAwait(false);
    }

    internal static async Task<bool> EnsureCurrentAsync(
        AgendasDbContext db, TopicVocabulary vocabulary, IReadOnlyDictionary<string, int> topicIds, DateTime now, CancellationToken ct)
    {
        string key = VocabularyKey(vocabulary);
        if (await StoredKeyAsync(db, ct).ConfigureAwait(false) == key)
        {
            return false;
        }
        db.ChangeTracker.Clear();
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            // Another process may have finished the same work while this one waited for the write lock.
            if (await StoredKeyAsync(db, ct).ConfigureAwait(false) == key)
            {
                return false;
            }
            await db.TopicMentions.ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await FindForItemsAsync(db, vocabulary.Tagger, topicIds, ct).ConfigureAwait(false);
            await FindForSessionsAsync(db, vocabulary.Tagger, topicIds, ct).ConfigureAwait(false);
            await db.DataVersion
                .Where(v => v.Id == DataVersion.SingletonId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.MentionsVocabulary, key), ct).ConfigureAwait(false);
            // Related topics on cached pages change with them.
            await DataVersionBump.BumpAsync(db, now, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        return true;
    }

    private static Task<string?> StoredKeyAsync(AgendasDbContext db, CancellationToken ct) =>
        db.DataVersion.AsNoTracking()
            .Where(v => v.Id == DataVersion.SingletonId)
            .Select(v => v.MentionsVocabulary)
            .FirstOrDefaultAsync(ct);

    // Batches by id, so that a store of any size is read a thousand items at a time, never all at once.
    private static async Task FindForItemsAsync(AgendasDbContext db, TopicTagger tagger, IReadOnlyDictionary<string, int> topicIds, CancellationToken ct)
    {
        int after = 0;
        while (true)
        {
            var items = await db.Items.AsNoTracking()
                .Where(i => i.Id > after)
                .OrderBy(i => i.Id)
                .Take(BatchSize)
                .Select(i => new { i.Id, i.Heading, Paragraphs = i.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList() })
                .ToListAsync(ct).ConfigureAwait(false);
            if (items.Count == 0)
            {
                return;
            }
            db.TopicMentions.AddRange(items.SelectMany(i =>
                Find(tagger, topicIds, i.Heading, i.Paragraphs).Select(topic => new MentionedTopic { ItemId = i.Id, TopicId = topic })));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            after = items[^1].Id;
        }
    }

    private static async Task FindForSessionsAsync(AgendasDbContext db, TopicTagger tagger, IReadOnlyDictionary<string, int> topicIds, CancellationToken ct)
    {
        int after = 0;
        while (true)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .Where(s => s.Id > after)
                .OrderBy(s => s.Id)
                .Take(BatchSize)
                .Select(s => new { s.Id, s.Title, Paragraphs = s.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList() })
                .ToListAsync(ct).ConfigureAwait(false);
            if (sessions.Count == 0)
            {
                return;
            }
            db.TopicMentions.AddRange(sessions.SelectMany(s =>
                Find(tagger, topicIds, s.Title ?? "", s.Paragraphs).Select(topic => new MentionedTopic { SessionId = s.Id, TopicId = topic })));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            after = sessions[^1].Id;
        }
    }
}
