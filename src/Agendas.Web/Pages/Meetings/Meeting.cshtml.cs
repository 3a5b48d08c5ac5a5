using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data;
using Agendas.Data.Import;
using Agendas.Web.Formatting;
using Agendas.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Pages.Meetings;

/// <summary>
/// One meeting: where and when, the letters about it with their metadata, the introduction, and its sessions with
/// their items and topics; the meetings before and after it.
/// </summary>
internal sealed class MeetingModel(AgendasDbContext db, TopicVocabulary vocabulary) : PageModel
{
    public MeetingHeader Meeting { get; private set; } = null!;

    /// <summary>The session a link asked for that a corrected letter no longer has (<see cref="VanishedSessions"/>).</summary>
    public int? VanishedSession { get; private set; }

    public IReadOnlyList<LetterRow> Letters { get; private set; } = [];

    /// <summary>Each letter's introduction, labelled by the letter when there is more than one.</summary>
    public IReadOnlyList<(LetterRow Letter, IReadOnlyList<HtmlString> Paragraphs)> Introductions { get; private set; } = [];

    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    public MeetingLink? Previous { get; private set; }

    public MeetingLink? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(string meeting, CancellationToken ct)
    {
        var header = await MeetingHeader.LoadAsync(db, meeting, ct);
        if (header is null)
        {
            return NotFound();
        }
        Meeting = header;
        VanishedSession = VanishedSessions.FromQuery(Request.Query);

        var letters = await db.Documents.AsNoTracking()
            .Where(d => d.MeetingId == header.Id)
            .Select(d => new
            {
                Row = new LetterRow(d.Slug, d.Kind, d.Ordinal, d.Title, d.LetterDate, d.Addressee, d.Reference, d.Kamerstuk,
                    d.Signatories.OrderBy(s => s.Ordinal).Select(s => new SignatoryName(s.Name, s.Role)).ToList()),
                Introduction = d.Paragraphs.AsQueryable().Where(Data.Entities.Paragraph.IsIntroduction).OrderBy(p => p.Ordinal).Select(p => p.Text).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var ordered = letters.OrderBy(l => l.Row.Kind == DocumentKind.Agenda ? 0 : 1).ThenBy(l => l.Row.Ordinal).ToList();
        Letters = [.. ordered.Select(l => l.Row)];
        Introductions = [.. ordered.Where(l => l.Introduction.Count > 0).Select(l => (l.Row, (IReadOnlyList<HtmlString>)
            [.. l.Introduction.Select(p => LetterMarkdown.Render(p, new CrossLinker(vocabulary.Tagger, [])))]))];

        bool both = Letters.Select(l => l.Kind).Distinct().Count() > 1;
        Sessions = [.. (await MeetingOutline.SessionsAsync(db, header, ct)).Select(s => new SessionSummary(
            s.Link,
            s.Date,
            [.. s.Topics.Select(Chip)],
            [.. s.Items.Select(i => new ItemSummary(
                $"{s.Link.Href}#{i.Anchor}",
                i.Heading,
                both ? (i.Kind == DocumentKind.Agenda ? "vooraf" : "achteraf") : null,
                [.. i.Topics.Select(Chip)]))]))];
        (Previous, Next) = await MeetingOutline.NeighboursAsync(db, header, ct);
        return Page();
    }

    private TopicChip Chip(string slug) => new(slug, vocabulary.Find(slug)?.Dutch ?? slug);
}

/// <summary>A letter about the meeting, with what its letterhead and signature say.</summary>
internal sealed record LetterRow(
    string Slug,
    DocumentKind Kind,
    int Ordinal,
    string Title,
    DateOnly? LetterDate,
    Addressee? Addressee,
    string? Reference,
    string? Kamerstuk,
    IReadOnlyList<SignatoryName> Signatories)
{
    public string Href => SitePaths.Document(Slug);

    public string KindText => Kind == DocumentKind.Agenda ? "Geannoteerde agenda (vooraf)" : "Verslag (achteraf)";

    public string AddresseeText => DutchFormat.Addressee(Addressee);
}

internal sealed record SignatoryName(string Name, string? Role);

internal sealed record SessionSummary(SessionLink Link, DateOnly? Date, IReadOnlyList<TopicChip> Topics, IReadOnlyList<ItemSummary> Items);

/// <summary>An item in the meeting's table of contents; <see cref="Part"/> says which letter it is from when there are two.</summary>
internal sealed record ItemSummary(string Href, string Heading, string? Part, IReadOnlyList<TopicChip> Topics);

/// <summary>A link to another meeting.</summary>
internal sealed record MeetingLink(string Slug, IReadOnlyList<string> Councils, DateOnly StartDate, DateOnly EndDate)
{
    public string Href => SitePaths.Meeting(Slug);

    public string Label => MeetingNames.Meeting(Councils, StartDate, EndDate);
}
