using Agendas.Core.Text;
using Agendas.Core.Topics;

namespace Agendas.Core.Parsing;

/// <summary>
/// Decides the sessions: the explicit markers when the letter has them; otherwise the sessions the
/// introduction names in prose, with each item placed where its own text or the introduction puts it;
/// otherwise one session holding all items. Then fills in session dates (importer.md, "Sessions").
/// </summary>
internal static class SessionAssembler
{
    private static readonly HashSet<string> Insignificant = new(StringComparer.Ordinal)
    {
        "navo", "nato", "rol", "gebied", "over", "naar", "voor", "van", "het", "een", "met", "and", "the", "ministers", "sessie",
        "bijeenkomst", "ministeriele", "relatie", "situatie", "ontwikkelingen", "stand", "zaken", "orde", "komen",
    };

    public static List<DraftSession> Assemble(LetterLayout layout, IReadOnlyList<string> introduction, DateOnly start, DateOnly end,
        TopicTagger tagger, List<Model.Diagnostic> warnings)
    {
        var prose = SessionProse.Read(introduction, start, end);
        List<DraftSession> sessions;
        if (layout.Sessions.Count > 0)
        {
            sessions = layout.Sessions;
            if (layout.LooseItems.Count > 0)
            {
                warnings.Add(new Model.Diagnostic("items-before-first-session",
                    "kopjes vóór de eerste sessie zijn bij sessie 1 geplaatst", layout.LooseItems[0].Line));
                sessions[0].Items.InsertRange(0, layout.LooseItems);
            }
            foreach (var s in sessions)
            {
                s.Date = prose.FirstOrDefault(p => p.Number == s.Number)?.Date ?? DateInOwnText(s, start, end);
            }
        }
        else if (prose.Count > 0)
        {
            sessions = prose.Select(p => new DraftSession(p.Number, p.Title, 0) { Date = p.Date }).ToList();
            PlaceItems(layout.LooseItems, prose, sessions, tagger);
        }
        else
        {
            sessions = [new DraftSession(1, null, 0)];
            sessions[0].Items.AddRange(layout.LooseItems);
        }
        InferDates(sessions, start, end);
        return sessions;
    }

    private static void PlaceItems(List<DraftItem> items, List<ProseSession> prose, List<DraftSession> sessions, TopicTagger tagger)
    {
        int current = 0;
        foreach (var item in items)
        {
            string opening = string.Join(" ", item.Paragraphs.Take(1).SelectMany(p => SessionProse.Sentences(p.Text).Take(2)));
            int? named = SessionProse.NamedIn(opening, prose);
            int index = named is { } n ? sessions.FindIndex(s => s.Number == n) : -1;
            if (index < 0)
            {
                index = BestDescribed(item.Heading, prose, current, tagger);
            }
            // Items follow the order of the meeting: never back to an earlier session.
            current = index >= current ? index : current;
            sessions[current].Items.Add(item);
        }
    }

    // The session whose description in the introduction shares most with the item's heading.
    private static int BestDescribed(string heading, List<ProseSession> prose, int current, TopicTagger tagger)
    {
        var headingTopics = tagger.Tag(heading).ToHashSet();
        var headingWords = Words(heading);
        int best = -1;
        int bestScore = 0;
        for (int i = current; i < prose.Count; i++)
        {
            string description = string.Join(" ", prose[i].Descriptions);
            int score = (2 * tagger.Tag(description).Count(headingTopics.Contains)) + Words(description).Count(headingWords.Contains);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best < 0 ? current : best;
    }

    private static HashSet<string> Words(string text) =>
        Folding.Fold(text).Split([' ', ',', '.', '(', ')', '-', '/', ':', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Insignificant.Contains(w))
            .ToHashSet();

    private static DateOnly? DateInOwnText(DraftSession session, DateOnly start, DateOnly end)
    {
        foreach (string text in new[] { session.Title ?? "" }.Concat(session.Paragraphs.Take(1).Select(p => p.Text)))
        {
            foreach (var d in DutchDates.Find(text))
            {
                if (d.Resolve(start) is { } r && r.Start >= start && r.Start <= end)
                {
                    return r.Start;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// One-day meeting: every session is on that day. Otherwise the meeting opens with its first session and closes
    /// with its last, and sessions are in chronological order, so a session
    /// between two on the same day is on that day, one after a session on the last day is on the last day, and one
    /// before a session on the first day is on the first day. Any other date the text does not give stays null.
    /// </summary>
    private static void InferDates(List<DraftSession> sessions, DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            sessions.ForEach(s => s.Date = start);
            return;
        }
        if (sessions.Count >= 2)
        {
            sessions[0].Date ??= start;
            sessions[^1].Date ??= end;
        }
        for (int i = 0; i < sessions.Count; i++)
        {
            if (sessions[i].Date is not null)
            {
                continue;
            }
            DateOnly? before = sessions.Take(i).LastOrDefault(s => s.Date is not null)?.Date;
            DateOnly? after = sessions.Skip(i + 1).FirstOrDefault(s => s.Date is not null)?.Date;
            if (before is { } b && (b == end || b == after))
            {
                sessions[i].Date = b;
            }
            else if (after is { } a && a == start)
            {
                sessions[i].Date = a;
            }
        }
    }
}
