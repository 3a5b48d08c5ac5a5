using System.Text.RegularExpressions;
using Agendas.Core.Model;
using Agendas.Core.Text;

namespace Agendas.Core.Parsing;

/// <summary>The meeting as the title, the subject line and the introduction describe it.</summary>
internal sealed record MeetingFacts(IReadOnlyList<Council> Councils, DateOnly Start, DateOnly End, string? Location, bool Virtual, bool CouncilGuessed);

/// <summary>
/// Finds the meeting's councils, dates, place or videoconference. The title and subject line speak first;
/// the introduction's first paragraphs (where the letter says when and where ministers meet) next.
/// </summary>
internal static partial class MeetingReader
{
    // Places where NATO ministers and leaders meet, for reports that name the city only in passing.
    private static readonly HashSet<string> KnownVenues = new(StringComparer.Ordinal)
    {
        "Brussel", "Boekarest", "Madrid", "Vilnius", "Washington", "Londen", "Praag", "Riga", "Tallinn", "Oslo", "Berlijn",
        "Antalya", "Dubrovnik", "Warschau", "Newport", "Chicago", "Lissabon", "Straatsburg", "Istanbul", "Bratislava",
        "Helsinki", "Den Haag", "Rome", "Sevilla", "Taormina", "Kopenhagen", "Luxemburg", "Ankara", "Tirana", "Reykjavik",
        "Sofia", "Stockholm", "Athene", "Boedapest", "Noordwijk", "Tallin", "Bergen", "Krakau", "Edinburgh",
    };

    [GeneratedRegex(@"\b(?:VTC|video[-\s]?conferentie|video[-\s]?verbinding|videoverbinding|video[-\s]?call|virtue(?:el|le)|digita(?:al|le)\s+(?:bijeenkomst|vergadering)|online\s+(?:bijeenkomst|vergadering))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VirtualWords();

    [GeneratedRegex(@"\b(?:plaats(?:vinden|vindt|vond|gevonden)?|bijeen(?:komen|komt|kwamen)?|plaatsvond|gehouden|georganiseerd|bijeenkomst|vergadering|ministeriële|[Tt]op|a\.s\.|jl\.|\d{4})\s+(?:\p{Ll}+\s+){0,3}?in\s+(?<place>\p{Lu}[\p{L}\-]+(?:\s+Haag)?)")]
    private static partial Regex PlaceAfterMeeting();

    [GeneratedRegex(@"\bin\s+(?<place>\p{Lu}[\p{L}\-]+(?:\s+Haag)?)")]
    private static partial Regex AnyPlace();

    // Plural "ministers": the meeting's council. The singular ("mede namens de minister van Buitenlandse Zaken")
    // is the Dutch minister who writes or attends, not the council that meets.
    [GeneratedRegex(@"(?:ministers|ministeriële|bewindspersonen)\s+van\s+(?:\p{L}+\s+)?buitenlandse\s+zaken|buitenlandse\s+zaken\s*ministeri|\bbuza\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignMinisters();

    [GeneratedRegex(@"(?:ministers|ministeriële)\s+van\s+(?:buitenlandse\s+zaken\s+en\s+(?:van\s+)?)?defensie|defensieminister|defensie\s*ministeri", RegexOptions.IgnoreCase)]
    private static partial Regex DefenceMinisters();

    [GeneratedRegex(@"\b(?:navo[-\s]?top|top\s+van\s+(?:de\s+)?(?:navo|staatshoofden)|staatshoofden\s+en\s+regeringsleiders|regeringsleiders|summit|\btop\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Summit();

    /// <summary>Reads the meeting, or null when the letter names no meeting date (then it is not a letter about a meeting).</summary>
    public static MeetingFacts? Read(string heading, IReadOnlyList<string> introduction, DateOnly? letterDate, IReadOnlyList<Signatory> signatories, int? fallbackYear)
    {
        string firstParagraphs = string.Join(" ", introduction.Take(2));
        var dates = DutchDates.FirstResolved(heading, letterDate, fallbackYear)
                    ?? FirstMeetingDate(introduction.Take(3), letterDate, fallbackYear);
        if (dates is not { } d)
        {
            return null;
        }

        var (councils, guessed) = Councils(heading, firstParagraphs, signatories);
        bool isVirtual = VirtualWords().IsMatch(heading) || VirtualWords().IsMatch(firstParagraphs);
        string? location = isVirtual ? null : Location(introduction);
        return new MeetingFacts(councils, d.Start, d.End, location, isVirtual, guessed);
    }

    private static (DateOnly Start, DateOnly End)? FirstMeetingDate(IEnumerable<string> paragraphs, DateOnly? letterDate, int? fallbackYear)
    {
        foreach (string sentence in paragraphs.SelectMany(SessionProse.Sentences))
        {
            if (Regex.IsMatch(sentence, @"\b(?:bijeenkomst|vergadering|ministeriële|[Tt]op|plaats|bijeen)", RegexOptions.CultureInvariant)
                && DutchDates.FirstResolved(sentence, letterDate, fallbackYear) is { } d)
            {
                return d;
            }
        }
        return null;
    }

    private static (IReadOnlyList<Council>, bool Guessed) Councils(string heading, string introduction, IReadOnlyList<Signatory> signatories)
    {
        foreach (string source in new[] { heading, introduction })
        {
            var found = new List<Council>();
            if (ForeignMinisters().IsMatch(source))
            {
                found.Add(Council.BuitenlandseZaken);
            }
            if (DefenceMinisters().IsMatch(source))
            {
                found.Add(Council.Defensie);
            }
            if (found.Count == 0 && source == heading && Summit().IsMatch(Folding.Fold(heading)))
            {
                found.Add(Council.Top);
            }
            if (found.Count > 0)
            {
                return (found, false);
            }
        }
        // The ministers who sign speak for their council.
        var byRole = new List<Council>();
        if (signatories.Any(s => s.Role?.Contains("Buitenlandse Zaken", StringComparison.OrdinalIgnoreCase) == true))
        {
            byRole.Add(Council.BuitenlandseZaken);
        }
        if (signatories.Any(s => s.Role?.Contains("Defensie", StringComparison.OrdinalIgnoreCase) == true))
        {
            byRole.Add(Council.Defensie);
        }
        return byRole.Count > 0 ? (byRole, false) : ([Council.BuitenlandseZaken], true);
    }

    private static string? Location(IReadOnlyList<string> introduction)
    {
        foreach (string paragraph in introduction.Take(3))
        {
            foreach (Match m in PlaceAfterMeeting().Matches(paragraph))
            {
                string place = m.Groups["place"].Value;
                if (KnownVenues.Contains(place) || !IsCommonCapitalised(place))
                {
                    return place;
                }
            }
        }
        foreach (string paragraph in introduction.Take(3))
        {
            foreach (Match m in AnyPlace().Matches(paragraph))
            {
                if (KnownVenues.Contains(m.Groups["place"].Value))
                {
                    return m.Groups["place"].Value;
                }
            }
        }
        return null;
    }

    // Capitalised words after "in" that are not places.
    private static bool IsCommonCapitalised(string word) =>
        word is "De" or "Het" or "Een" or "NAVO" or "Navo" or "NATO" or "Europa" or "Nederland" or "Kamer" or "Uw" or "Juni" or "Juli"
            || word.All(char.IsUpper);
}
