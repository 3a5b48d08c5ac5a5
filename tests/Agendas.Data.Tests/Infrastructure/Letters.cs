using System.Security.Cryptography;
using System.Text;
using Agendas.Core.Model;
using Agendas.Data.Import;

namespace Agendas.Data.Tests.Infrastructure;

/// <summary>
/// Hand-built parsed letters, to test what the store does with a letter independently of what the parser
/// makes of a text: identity, addenda, moved meetings, renumbered sessions.
/// </summary>
internal static class Letters
{
    public static ParsedSession Session(int number, string? title, params (string Heading, string Slug, string Text)[] items) =>
        new(number, Slugs.Session(number), title, null, [], [], [],
            [.. items.Select(i => new ParsedItem(i.Heading, i.Slug, [], [i.Text], []))]);

    public static ParsedLetter Letter(
        DocumentKind kind,
        DateOnly start,
        string? kamerstuk = null,
        string? reference = null,
        string? location = "Brussel",
        params ParsedSession[] sessions)
    {
        Council[] councils = [Council.BuitenlandseZaken];
        var meeting = new ParsedMeeting(Slugs.Meeting(start, councils), councils, start, start, location, location is null);
        var document = new ParsedDocument(kind, $"Brief over de vergadering van {start:yyyy-MM-dd}", null, null, reference, kamerstuk, []);
        return new ParsedLetter(document, meeting, ["Inleiding."], sessions.Length > 0 ? sessions : [Session(1, null, ("China", "china", "Over China."))], [], []);
    }

    /// <summary>Writes <paramref name="letter"/> as if it came from a file with <paramref name="text"/> (which sets its hash).</summary>
    public static async Task<StoreResult> SaveAsync(TempStore store, ParsedLetter letter, string text)
    {
        await using var db = store.Open();
        var topicIds = await TopicSync.SyncAsync(db, TempStore.Vocabulary, DateTime.UtcNow, default);
        var file = new LetterFile("brief.txt", text, "utf-8", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), null);
        return await new LetterStore(db, topicIds, TempStore.Vocabulary.Tagger, TimeProvider.System).SaveAsync(letter, file, [], default);
    }
}
