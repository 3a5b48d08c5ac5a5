using System.ComponentModel;

namespace Agendas.Web.Api;

/// <summary>
/// A letter's metadata. <see cref="Kind"/> is <c>agenda</c> or <c>verslag</c>; <see cref="Kamerstuk"/> the stored
/// number (<c>28676-266</c>) and <see cref="KamerstukUrl"/> its official publication; <see cref="ImportedAt"/> when
/// this version was imported (UTC).
/// </summary>
[Description("De gegevens van een brief. kind is agenda of verslag; kamerstuk het nummer (28676-266) en kamerstukUrl de officiële publicatie; importedAt het moment van import (UTC).")]
internal sealed record LetterOverview(
    string Slug,
    string Url,
    string Api,
    string Kind,
    string Title,
    DateOnly? LetterDate,
    string? Kamerstuk,
    string? KamerstukUrl,
    string Meeting,
    string MeetingUrl,
    DateOnly MeetingStart,
    DateTimeOffset ImportedAt);

/// <summary>
/// One letter's metadata in full: the overview plus addressee (<c>tweede-kamer</c> or <c>eerste-kamer</c>), reference,
/// signatories, the file it came from and the parser's warnings. The text itself is on the letter's page.
/// </summary>
[Description("Alle gegevens van één brief: adressaat (tweede-kamer of eerste-kamer), kenmerk, ondertekenaars, het bronbestand en de waarschuwingen van de parser. De tekst staat op de briefpagina.")]
internal sealed record LetterDetail(
    string Slug,
    string Url,
    string Kind,
    string Title,
    DateOnly? LetterDate,
    string? Addressee,
    string? Reference,
    string? Kamerstuk,
    string? KamerstukUrl,
    string Meeting,
    string MeetingUrl,
    string MeetingApi,
    IReadOnlyList<LetterSignatory> Signatories,
    string SourceFileName,
    string? SourceEncoding,
    string ContentHash,
    DateTimeOffset ImportedAt,
    IReadOnlyList<LetterWarning> Warnings);

[Description("Een ondertekenaar: naam en functie.")]
internal sealed record LetterSignatory(string Name, string? Role);

/// <summary>A warning of the parser: a stable code, a message and the line of the source text it is about.</summary>
[Description("Een waarschuwing van de parser: een vaste code, een melding en de regel van de brontekst.")]
internal sealed record LetterWarning(string Code, string Message, int? Line);
