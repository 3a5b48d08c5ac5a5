namespace Agendas.Core.Model;

/// <summary>An annotated agenda (before the meeting) or a report (after it).</summary>
public enum DocumentKind
{
    Agenda,
    Report,
}

/// <summary>The chamber of parliament a letter is addressed to.</summary>
public enum Addressee
{
    TweedeKamer,
    EersteKamer,
}

/// <summary>The ministers' council that meets; <see cref="Top"/> is a summit of heads of state and government.</summary>
public enum Council
{
    BuitenlandseZaken,
    Defensie,
    Top,
}
