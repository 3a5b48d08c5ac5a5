using System.Globalization;

namespace Agendas.Data.Export;

/// <summary>The README.txt of the export, in Dutch: what each file is and how to read it.</summary>
internal static class ExportReadme
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Text(int letters, long version, DateTime changedAt) => $"""
        Agendas – alle brieven in één bestand
        =====================================

        Dit zijn de geannoteerde agenda's en verslagen van de NAVO-ministeriële vergaderingen die Agendas bevat:
        {letters} {(letters == 1 ? "brief" : "brieven")}, stand van de gegevens {changedAt.ToString("d MMMM yyyy HH:mm", Dutch)} UTC (versie {version}).

        Bestanden
        ---------

        README.txt
            Dit bestand.

        topics.json
            De onderwerpen waarmee Agendas agendapunten labelt (JSON): per onderwerp de code ("slug"), de Nederlandse
            en Engelse naam en de woorden waaraan het wordt herkend.

        brieven/<brief>.txt
            De tekst van de brief zoals die is ontvangen (uit de PDF gehaald), in UTF-8. De bestandsnaam is het adres
            van de brief in Agendas: brieven/2020-12-01-buitenlandse-zaken-agenda.txt staat op
            /documenten/2020-12-01-buitenlandse-zaken-agenda.

        brieven/<brief>.json
            Dezelfde brief zoals Agendas hem leest (JSON, UTF-8): soort brief, titel, datum, Kamerstuknummer,
            ondertekenaars, de vergadering (datum, plaats, raad), de sessies met hun agendapunten, onderwerpen,
            alinea's en voetnoten, bijlagen en verwijzingen naar andere Kamerstukken. "file" is de naam van het
            bestand waaruit de brief is ingelezen. Velden die de brief niet vermeldt, zijn null of een lege lijst.
            Alinea's zijn Markdown. Dit is hetzelfde formaat als de opdracht "agendas parse" afdrukt.

        Datums zijn geschreven als jjjj-mm-dd. Wat de brieven zeggen, is overgenomen zoals het er staat; Agendas voegt
        niets toe behalve de indeling en de onderwerpen.
        """.ReplaceLineEndings("\n");
}
