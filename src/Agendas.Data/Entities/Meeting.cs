namespace Agendas.Data.Entities;

/// <summary>One NATO meeting; its slug is the address <c>/vergaderingen/{Slug}</c>.</summary>
public sealed class Meeting
{
    public int Id { get; set; }

    /// <summary>Start date, then council: <c>2020-12-01-buitenlandse-zaken</c> (see <see cref="Core.Model.Slugs.Meeting"/>).</summary>
    public required string Slug { get; set; }

    /// <summary>Council slugs (<c>buitenlandse-zaken</c>, <c>defensie</c>, <c>top</c>); a JSON array column, queryable with <c>Contains</c>.</summary>
    public List<string> Councils { get; set; } = [];

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>Null when the meeting is virtual or the letters do not say.</summary>
    public string? Location { get; set; }

    public bool Virtual { get; set; }

    /// <summary>The letters about this meeting: an agenda before, a report after, and any addenda.</summary>
    public List<Document> Documents { get; set; } = [];
}
