using System.Text.Json;
using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data.Entities;
using Agendas.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Import;

/// <summary>
/// Writes one parsed letter in one transaction: finds the stored letter it replaces (if any), replaces its
/// rows, moves it between meetings when its meeting changed, records moved addresses and keeps the lexicon.
/// Either all of that is committed or none of it.
/// </summary>
internal sealed class LetterStore(AgendasDbContext db, IReadOnlyDictionary<string, int> topicIds, TopicTagger tagger, TimeProvider clock)
{
    private static readonly JsonSerializerOptions WarningJson = new(JsonSerializerDefaults.Web);

    private readonly ISearchIndex _search = SearchIndexes.For(db);

    public async Task<StoreResult> SaveAsync(ParsedLetter letter, LetterFile file, IReadOnlyList<Diagnostic> warnings, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        try
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var result = await WriteAsync(letter, file, warnings, ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
        }
        finally
        {
            // A failed file leaves entities in the tracker that must not leak into the next file's save.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<StoreResult> WriteAsync(ParsedLetter letter, LetterFile file, IReadOnlyList<Diagnostic> warnings, CancellationToken ct)
    {
        string hash = file.ContentHash!;
        var same = await db.Documents.AsNoTracking()
            .Where(d => d.ContentHash == hash)
            .Select(d => new { d.Slug, Meeting = d.Meeting.Slug, Items = d.Sessions.SelectMany(s => s.Items).Count() })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (same is not null)
        {
            return new StoreResult(ImportStatus.Unchanged, same.Slug, [same.Meeting], same.Items);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var document = await FindSameLetterAsync(letter.Document, letter.Meeting.Slug, ct).ConfigureAwait(false);
        LetterShape? before = null;
        string? oldText = null;
        int? oldMeetingId = null;
        if (document is not null)
        {
            before = await LetterShape.LoadAsync(db, document.Id, document.Meeting.Slug, document.Slug, ct).ConfigureAwait(false);
            oldText = document.SourceText;
            oldMeetingId = document.MeetingId;
            await VersionHistory.KeepCurrentAsync(db, document, now, ct).ConfigureAwait(false);
            await DeleteChildrenAsync(document.Id, ct).ConfigureAwait(false);
        }

        var meeting = await db.Meetings.Include(m => m.Documents)
            .FirstOrDefaultAsync(m => m.Slug == letter.Meeting.Slug, ct).ConfigureAwait(false);
        if (meeting is null)
        {
            meeting = new Meeting { Slug = letter.Meeting.Slug };
            db.Meetings.Add(meeting);
        }
        // The report is written after the meeting: its date, place and councils outrank an agenda's.
        bool reportKnowsBetter = letter.Document.Kind == DocumentKind.Agenda
            && meeting.Documents.Any(d => d.Kind == DocumentKind.Report && d != document);
        if (!reportKnowsBetter)
        {
            meeting.Councils = [.. letter.Meeting.Councils.Select(Slugs.CouncilSlug)];
            meeting.StartDate = letter.Meeting.StartDate;
            meeting.EndDate = letter.Meeting.EndDate;
            meeting.Location = letter.Meeting.Location;
            meeting.Virtual = letter.Meeting.Virtual;
        }

        bool isNew = document is null;
        document ??= new Document { Slug = "", Title = "", SourceFileName = "", SourceText = "", ContentHash = "" };
        int ordinal = KeepsItsPlace(document, meeting, letter.Document.Kind)
            ? document.Ordinal
            : LowestFreeOrdinal(meeting, letter.Document.Kind, document);
        document.Meeting = meeting;
        document.Kind = letter.Document.Kind;
        document.Ordinal = ordinal;
        document.Slug = Slugs.Document(meeting.Slug, letter.Document.Kind, ordinal);
        document.Title = letter.Document.Title;
        document.LetterDate = letter.Document.LetterDate;
        document.Addressee = letter.Document.Addressee;
        document.Reference = letter.Document.Reference;
        document.Kamerstuk = letter.Document.Kamerstuk;
        document.SourceFileName = file.FileName;
        document.SourceText = file.Text!;
        document.ContentHash = hash;
        document.SourceEncoding = file.Encoding;
        document.ImportedAt = now;
        document.Warnings = JsonSerializer.Serialize(warnings.Select(w => new { w.Code, w.Message, w.Line }), WarningJson);
        new LetterMapper(topicIds, tagger).FillChildren(document, letter);
        if (isNew)
        {
            db.Documents.Add(document);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        // In this transaction: the search index never shows a letter's old text, nor a letter that failed to save.
        await _search.IndexDocumentAsync(document, ct).ConfigureAwait(false);

        var meetings = new List<string> { meeting.Slug };
        if (oldMeetingId is { } oldId && oldId != meeting.Id)
        {
            meetings.Add(before!.MeetingSlug);
            // A meeting is there for its letters; the last one gone, its address redirects to the new meeting.
            if (!await db.Documents.AnyAsync(d => d.MeetingId == oldId, ct).ConfigureAwait(false))
            {
                await db.Meetings.Where(m => m.Id == oldId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            }
        }

        var live = await SlugHistoryRecorder.LivePathsAsync(db, meetings, ct).ConfigureAwait(false);
        var redirects = before is null ? [] : SlugHistoryRecorder.Redirects(before, LetterShape.Of(letter, document.Slug), live);
        await SlugHistoryRecorder.SaveAsync(db, redirects, live, now, ct).ConfigureAwait(false);
        await WordFormCounts.ApplyAsync(db, WordFormCounts.Delta(file.Text!, oldText), ct).ConfigureAwait(false);
        await DataVersionBump.BumpAsync(db, now, ct).ConfigureAwait(false);

        return new StoreResult(isNew ? ImportStatus.Imported : ImportStatus.Updated, document.Slug, meetings, letter.Sessions.Sum(s => s.Items.Count));
    }

    /// <summary>
    /// The stored letter this one is a version of: the one with the same Kamerstuk or reference, wherever it is;
    /// else the first of the same kind for the same meeting that does not carry another Kamerstuk or reference
    /// (one that does is a different letter: this one becomes an addendum beside it).
    /// </summary>
    private async Task<Document?> FindSameLetterAsync(ParsedDocument parsed, string meetingSlug, CancellationToken ct)
    {
        string? kamerstuk = parsed.Kamerstuk;
        string? reference = parsed.Reference;
        if (kamerstuk is not null || reference is not null)
        {
            var byNumber = await db.Documents.Include(d => d.Meeting)
                .Where(d => (kamerstuk != null && d.Kamerstuk == kamerstuk) || (reference != null && d.Reference == reference))
                .OrderBy(d => d.Id)
                .FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (byNumber is not null)
            {
                return byNumber;
            }
        }
        var kind = parsed.Kind;
        var sameKindSameMeeting = await db.Documents.Include(d => d.Meeting)
            .Where(d => d.Meeting.Slug == meetingSlug && d.Kind == kind)
            .OrderBy(d => d.Ordinal)
            .ToListAsync(ct).ConfigureAwait(false);
        return sameKindSameMeeting.FirstOrDefault(d =>
            !(d.Kamerstuk is not null && kamerstuk is not null && d.Kamerstuk != kamerstuk)
            && !(d.Reference is not null && reference is not null && d.Reference != reference));
    }

    // The cascades of the schema take items, paragraphs, footnotes and topic links along.
    private async Task DeleteChildrenAsync(int documentId, CancellationToken ct)
    {
        await db.Paragraphs.Where(p => p.DocumentId == documentId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Sessions.Where(s => s.DocumentId == documentId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Attachments.Where(a => a.DocumentId == documentId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.References.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Signatories.Where(s => s.DocumentId == documentId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    private static bool KeepsItsPlace(Document document, Meeting meeting, DocumentKind kind) =>
        document.Id != 0 && document.MeetingId == meeting.Id && meeting.Id != 0 && document.Kind == kind;

    private static int LowestFreeOrdinal(Meeting meeting, DocumentKind kind, Document self)
    {
        var taken = meeting.Documents.Where(d => d.Kind == kind && d != self).Select(d => d.Ordinal).ToHashSet();
        int ordinal = 1;
        while (taken.Contains(ordinal))
        {
            ordinal++;
        }
        return ordinal;
    }
}
