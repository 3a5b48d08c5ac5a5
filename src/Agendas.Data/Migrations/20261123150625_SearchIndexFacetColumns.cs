using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agendas.Data.Migrations
{
    /// <summary>
    /// Gives the full-text table columns for filters, facets and date order (docs/search.md, "Cost"): <c>facets</c>,
    /// tokens a filter adds to the MATCH expression (weight 0 in the ranking); <c>facet</c>, the entry's year, kind,
    /// councils and topics as one unindexed value; <c>date</c>, its meeting's date, unindexed. A search reads them from
    /// the full-text table itself instead of joining <c>SearchEntries</c> for every hit. FTS5 cannot add columns: the table is made again, and the next start
    /// rebuilds the index (SearchIndexes.EnsureBuiltAsync).
    /// </summary>
    public partial class SearchIndexFacetColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_delete\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchIndex\";");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(heading, text, facets, facet UNINDEXED, date UNINDEXED, content='', contentless_delete=1, contentless_unindexed=1, tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO \"SearchIndex\"(\"SearchIndex\", rank) VALUES('rank', 'bm25(4.0, 1.0, 0.0, 0.0, 0.0)');");
            migrationBuilder.Sql("DELETE FROM \"SearchEntries\";");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"SearchEntries_delete\" AFTER DELETE ON \"SearchEntries\" BEGIN DELETE FROM \"SearchIndex\" WHERE rowid = old.\"Id\"; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_delete\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchIndex\";");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(heading, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO \"SearchIndex\"(\"SearchIndex\", rank) VALUES('rank', 'bm25(4.0, 1.0)');");
            migrationBuilder.Sql("DELETE FROM \"SearchEntries\";");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"SearchEntries_delete\" AFTER DELETE ON \"SearchEntries\" BEGIN DELETE FROM \"SearchIndex\" WHERE rowid = old.\"Id\"; END;");
        }
    }
}
