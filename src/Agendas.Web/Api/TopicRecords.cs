using System.ComponentModel;

namespace Agendas.Web.Api;

/// <summary>
/// A topic of the vocabulary with its number of entries (agenda items, and sessions that carry it without an item
/// doing so) and the first and last year it was on an agenda (null without entries).
/// </summary>
[Description("Een onderwerp met het aantal agendapunten en het eerste en laatste jaar (null zonder agendapunten).")]
internal sealed record TopicOverview(string Slug, string Name, string English, string Url, string Api, int Entries, int? FirstYear, int? LastYear);

/// <summary>One topic and its timeline, oldest meeting first, a page at a time.</summary>
[Description("Eén onderwerp met zijn tijdlijn, oudste vergadering eerst, per pagina.")]
internal sealed record TopicDetail(string Slug, string Name, string English, string Url, Paged<TimelineEntry> Timeline);

/// <summary>
/// An entry on a topic's timeline: an agenda item, or a session without one. <see cref="Url"/> is the permalink (the
/// item's anchor on its session page); <see cref="FirstSentence"/> plain text, never markup.
/// </summary>
[Description("Een agendapunt (of een sessie zonder agendapunten) op de tijdlijn van een onderwerp; firstSentence is platte tekst.")]
internal sealed record TimelineEntry(
    string Meeting,
    string MeetingUrl,
    string MeetingName,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    IReadOnlyList<string> Councils,
    string Letter,
    int SessionNumber,
    string Session,
    string Heading,
    string Url,
    string FirstSentence);
