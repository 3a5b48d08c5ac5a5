using Agendas.Core.Model;

namespace Agendas.Cli.Generation;

/// <summary>
/// Invents meetings on weekdays from 2000 to 2025 whose slugs (start date + council) never collide: each weekday
/// is used once per council before any weekday is used twice, in a shuffled order, so a small run spreads over all
/// years and a large one fills them. Every meeting has an agenda; some also have a report.
/// </summary>
internal static class MeetingCalendar
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2025, 12, 31);

    /// <summary>The four councils a meeting slug can name; a weekday holds at most one meeting of each.</summary>
    private static readonly Council[][] Variants =
    [
        [Council.BuitenlandseZaken],
        [Council.Defensie],
        [Council.BuitenlandseZaken, Council.Defensie],
        [Council.Top],
    ];

    private static readonly string[] Venues =
        ["Brussel", "Boekarest", "Madrid", "Vilnius", "Washington", "Londen", "Praag", "Riga", "Tallinn", "Oslo", "Berlijn",
         "Antalya", "Dubrovnik", "Warschau", "Lissabon", "Istanbul", "Bratislava", "Helsinki", "Rome", "Sevilla", "Kopenhagen", "Reykjavik"];

    // The COVID-19 months, when most ministerials met by video.
    private static readonly DateOnly VirtualFrom = new(2020, 4, 1);
    private static readonly DateOnly VirtualTo = new(2021, 6, 30);

    private static readonly List<DateOnly> Weekdays = [.. AllWeekdays()];

    /// <summary>The most letters a run can hold: one per meeting slot (agenda only).</summary>
    public static int MaxLetters => Weekdays.Count * Variants.Length;

    /// <summary>Meetings in chronological order, each with the kinds of letter written about it; <paramref name="letters"/> letters in all.</summary>
    public static List<(PlannedMeeting Meeting, DocumentKind[] Kinds)> Plan(int letters, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(letters, MaxLetters);
        var days = Weekdays.ToArray();
        random.Shuffle(days);
        // The council a day gets first: foreign ministers most often, a summit least.
        int[] firstVariant = [.. days.Select(_ => Weighted(random, 40, 35, 15, 10))];

        var meetings = new List<(PlannedMeeting, DocumentKind[])>();
        int written = 0;
        for (int i = 0; written < letters; i++)
        {
            int day = i % days.Length;
            int variant = (firstVariant[day] + i / days.Length) % Variants.Length;
            var meeting = Meeting(days[day], Variants[variant], random);
            bool withReport = letters - written >= 2 && random.NextDouble() < 0.45;
            DocumentKind[] kinds = withReport ? [DocumentKind.Agenda, DocumentKind.Report] : [DocumentKind.Agenda];
            meetings.Add((meeting, kinds));
            written += kinds.Length;
        }
        meetings.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start) is var c and not 0 ? c : string.CompareOrdinal(a.Item1.Slug, b.Item1.Slug));
        return meetings;
    }

    private static PlannedMeeting Meeting(DateOnly start, Council[] councils, Random random)
    {
        // Two days unless that runs into the weekend (or the end of the range).
        bool twoDays = random.NextDouble() < 0.55 && start.DayOfWeek != DayOfWeek.Friday && start < Last;
        var end = twoDays ? start.AddDays(1) : start;
        bool summit = councils.Contains(Council.Top);
        bool virtualMeeting = !summit && start >= VirtualFrom && start <= VirtualTo && random.NextDouble() < 0.7;
        string? place = virtualMeeting ? null
            : summit || random.NextDouble() < 0.2 ? Venues[random.Next(Venues.Length)]
            : "Brussel";
        return new PlannedMeeting(start, end, councils, place);
    }

    private static int Weighted(Random random, params int[] weights)
    {
        int pick = random.Next(weights.Sum());
        for (int i = 0; i < weights.Length; i++)
        {
            if ((pick -= weights[i]) < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static IEnumerable<DateOnly> AllWeekdays()
    {
        for (var d = First; d <= Last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return d;
            }
        }
    }
}
