using System.ComponentModel;
using Agendas.Core.Model;

namespace Agendas.Web.Api;

/// <summary>A topic as other answers name it.</summary>
[Description("Een onderwerp: slug, Nederlandse naam en het adres van de onderwerppagina.")]
internal sealed record TopicRef(string Slug, string Name, string Url);

/// <summary>A letter as other answers name it; <see cref="Kind"/> is <c>agenda</c> or <c>verslag</c>.</summary>
[Description("Een brief: slug, soort (agenda of verslag) en het adres van de briefpagina.")]
internal sealed record LetterRef(string Slug, string Kind, string Url);

/// <summary>The names the API gives to stored values, the same words as the site's addresses.</summary>
internal static class ApiNames
{
    /// <summary><c>agenda</c> (the annotated agenda, before the meeting) or <c>verslag</c> (the report, after it).</summary>
    public static string Kind(DocumentKind kind) => kind == DocumentKind.Agenda ? "agenda" : "verslag";

    /// <summary>SQLite hands times back without a kind; the importer stores UTC.</summary>
    public static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
