using System.Globalization;
using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Cli.Generation;

/// <summary>
/// Decides what one letter says: its form, its sessions (a seed letter's shape, varied) and its items (seed items,
/// their years moved to the meeting's, sometimes with a paragraph borrowed from another item).
/// </summary>
internal sealed partial class LetterComposer(SeedMaterial material)
{
    private const int MaxItemsPerLetter = 14;

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    public PlannedLetter Compose(int index, DocumentKind kind, PlannedMeeting meeting, int kamerstukNumber, Random random)
    {
        bool summit = meeting.Councils.Contains(Council.Top);
        var letterDate = kind == DocumentKind.Agenda ? meeting.Start.AddDays(-random.Next(2, 10)) : meeting.End.AddDays(random.Next(3, 31));
        // The addressed form names the meeting only in prose, where the parser cannot tell a summit (seed 004).
        var form = kind == DocumentKind.Agenda
            ? Pick<LetterForm>(random, summit ? [LetterForm.TitleBlock, LetterForm.CoverLetter] : [LetterForm.TitleBlock, LetterForm.TitleBlock, LetterForm.Addressed, LetterForm.Addressed, LetterForm.CoverLetter])
            : Pick<LetterForm>(random, summit ? [LetterForm.TitleBlock, LetterForm.CoverLetter] : [LetterForm.TitleBlock, LetterForm.CoverLetter, LetterForm.CoverLetter, LetterForm.Addressed]);

        int[] shape = Shape(random);
        var marking = shape.Length == 1
            ? Pick<SessionMarking>(random, [SessionMarking.None, SessionMarking.None, SessionMarking.Numbered])
            : Pick<SessionMarking>(random, [SessionMarking.Numbered, SessionMarking.Titled]);

        var used = new HashSet<string>(StringComparer.Ordinal);
        var sessions = new List<PlannedSession>();
        for (int s = 0; s < shape.Length; s++)
        {
            var items = Enumerable.Range(0, shape[s]).Select(_ => Item(kind, meeting, used, random)).ToList();
            // A session without items speaks for itself (seed 003's first sessions).
            IReadOnlyList<string> text = items.Count == 0 ? Item(kind, meeting, used, random).Paragraphs : [];
            string? title = marking == SessionMarking.Titled ? SessionTitle(items, random) : null;
            sessions.Add(new PlannedSession(s + 1, title, text, items));
        }

        var introduction = new List<string>();
        int extra = random.Next(0, 3);
        for (int i = 0; i < extra && material.Introductions.Count > 0; i++)
        {
            introduction.Add(Pick(random, material.Introductions));
        }
        return new PlannedLetter(index, kind, meeting, letterDate, kamerstukNumber, form, marking, introduction, sessions);
    }

    /// <summary>A seed's session title or another item's heading ("Sessie 3: Strategisch Concept" over China and Afschrikking).</summary>
    private string SessionTitle(List<PlannedItem> items, Random random)
    {
        for (int attempt = 0; attempt < 8; attempt++)
        {
            string title = random.NextDouble() < 0.5 && material.SessionTitles.Count > 0
                ? Pick(random, material.SessionTitles)
                : Pick(random, material.Items).Heading;
            if (!items.Any(i => i.Heading == title))
            {
                return title;
            }
        }
        return "Werksessie";
    }

    /// <summary>Items per session: a seed letter's shape, each count moved by at most one, at most 14 items in all.</summary>
    private int[] Shape(Random random)
    {
        int[] shape = [.. Pick(random, material.SessionShapes).Select(n => Math.Max(0, n + random.Next(-1, 2)))];
        if (shape.Length == 0)
        {
            shape = [1];
        }
        // A lone session needs an item: without a marker, text alone would read as introduction.
        if (shape.Length == 1)
        {
            shape[0] = Math.Max(shape[0], 1);
        }
        while (shape.Sum() > MaxItemsPerLetter)
        {
            int largest = Array.IndexOf(shape, shape.Max());
            shape[largest]--;
        }
        return shape;
    }

    private PlannedItem Item(DocumentKind kind, PlannedMeeting meeting, HashSet<string> used, Random random)
    {
        // Mostly items written for the same kind of letter; headings are not repeated within a letter.
        SeedItem source = Pick(random, material.Items);
        for (int attempt = 0; attempt < 8 && (used.Contains(source.Heading) || (source.Kind != kind && random.NextDouble() < 0.6)); attempt++)
        {
            source = Pick(random, material.Items);
        }
        used.Add(source.Heading);
        int take = random.Next(1, source.Paragraphs.Count + 1);
        var paragraphs = source.Paragraphs.Take(take).Select(p => MoveYears(p, source.Year, meeting.Start.Year)).ToList();
        if (random.NextDouble() < 0.3)
        {
            var other = Pick(random, material.Items);
            paragraphs.Add(MoveYears(Pick(random, other.Paragraphs), other.Year, meeting.Start.Year));
        }
        return new PlannedItem(source.Heading, paragraphs);
    }

    /// <summary>Years up to the seed's own move with the meeting ("december 2019" in a 2020 seed → 2006 in 2007); later ones (NAVO 2030) stay.</summary>
    private static string MoveYears(string text, int seedYear, int meetingYear) => Year().Replace(text, m =>
    {
        int year = int.Parse(m.Value, CultureInfo.InvariantCulture);
        int moved = year + (meetingYear - seedYear);
        return year >= 1990 && year <= seedYear + 1 && moved >= 1990 ? moved.ToString(CultureInfo.InvariantCulture) : m.Value;
    });

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
