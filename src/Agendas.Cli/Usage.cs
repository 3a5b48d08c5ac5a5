namespace Agendas.Cli;

internal static class Usage
{
    public const string Text = """
        Gebruik:
          agendas import <bestand-of-map>... [--db <pad>] [--verbose]
              Leest brieven (.txt; mappen worden doorzocht) in de database. Per bestand één regel
              (imported, updated, unchanged of failed: reden), tot slot een samenvatting.
              --db <pad>   de SQLite-database (anders ConnectionStrings:Agendas, standaard agendas.db);
                           een database die nog niet bestaat wordt aangemaakt
              --verbose    logregels (Serilog) op stderr
          agendas reindex [--db <pad>]
              Bouwt de zoekindex opnieuw op uit de brieven in de database (na een wijziging van de
              zoektechniek; een import houdt de index zelf bij).
          agendas backup <bestand> [--db <pad>] [--force]
              Schrijft een consistente kopie van de database naar <bestand>, ook terwijl de webapp draait
              of een import loopt (de kopie bevat wat vastgelegd is, nooit een half ingelezen brief), en
              controleert de kopie (PRAGMA integrity_check). Een bestaand bestand wordt alleen met --force
              vervangen.
          agendas export <map> [--db <pad>]
              Schrijft alle brieven uit de database in een map, net als de download /downloads/agendas.zip:
              README.txt, topics.json en per brief in brieven/ de tekst (.txt) en de gelezen brief (.json,
              het formaat van parse).
          agendas generate --count <aantal> --out <map> [--seed <getal>] [--seeds <map>]
              Schrijft brieven voor meetingen en benchmarks, samengesteld uit de voorbeeldbrieven (seeds/),
              met nieuwe vergaderdata van 2000 tot en met 2025; dezelfde --seed geeft dezelfde brieven.
          agendas parse <bestand>...
              Leest brieven zonder database en schrijft één JSON-array met een object per bestand.

        Afsluitcode: 0 als niets mislukte, 1 als een bestand mislukte, 2 bij een gebruiksfout.
        """;
}
