using System.ComponentModel;

namespace Agendas.Web.Api;

/// <summary>
/// A meeting in the list: when, where, who met, its letters and the topics on its agenda. <see cref="Url"/> is its
/// page, <see cref="Api"/> its answer in this API.
/// </summary>
[Description("Een vergadering in de lijst: wanneer, waar, welke raad, de brieven en de onderwerpen. url is de pagina, api dit antwoord van de API.")]
internal sealed record MeetingOverview(
    string Slug,
    string Url,
    string Api,
    string Name,
    IReadOnlyList<string> Councils,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Place,
    bool Virtual,
    IReadOnlyList<LetterRef> Letters,
    IReadOnlyList<TopicRef> Topics);

/// <summary>
/// One meeting with its sessions and their items. <see cref="PreviousMeeting"/> and <see cref="NextMeeting"/> are the API
/// addresses of the meetings before and after it (null at either end).
/// </summary>
[Description("Eén vergadering met haar sessies en agendapunten. previousMeeting en nextMeeting zijn de API-adressen van de vergadering ervoor en erna (null aan het eind).")]
internal sealed record MeetingDetail(
    string Slug,
    string Url,
    string Name,
    IReadOnlyList<string> Councils,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Place,
    bool Virtual,
    IReadOnlyList<LetterRef> Letters,
    IReadOnlyList<MeetingSession> Sessions,
    string? PreviousMeeting,
    string? NextMeeting);

/// <summary>
/// A session as its page shows it: the agenda's and the report's text of the same number together. <see cref="Name"/>
/// is <c>Sessie 2: China</c>, the title else the headings of a few items.
/// </summary>
[Description("Een sessie zoals haar pagina die toont: de tekst van agenda en verslag met hetzelfde nummer samen. name is bijv. \"Sessie 2: China\".")]
internal sealed record MeetingSession(
    int Number,
    string? Title,
    string Name,
    DateOnly? Date,
    string Url,
    IReadOnlyList<TopicRef> Topics,
    IReadOnlyList<MeetingItem> Items);

/// <summary>
/// An item: <see cref="Anchor"/> is its id on the session page (a report item whose slug the agenda uses too has
/// <c>achteraf-</c> in front), <see cref="Url"/> the permalink to it; <see cref="Letter"/> says which letter it is
/// from (<c>agenda</c> or <c>verslag</c>).
/// </summary>
[Description("Een agendapunt. anchor is het id op de sessiepagina, url de permalink ernaartoe; letter zegt uit welke brief het komt (agenda of verslag).")]
internal sealed record MeetingItem(string Heading, string Slug, string Anchor, string Url, string Letter, IReadOnlyList<TopicRef> Topics);
