using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agendas.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchEntryFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Councils",
                table: "SearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "SearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "MeetingStart",
                table: "SearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Topics",
                table: "SearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Entries written before these columns existed have no facets: drop them (the trigger empties the
            // full-text table with them), and the next start rebuilds the index (SearchIndexes.EnsureBuiltAsync).
            migrationBuilder.Sql("DELETE FROM \"SearchEntries\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Councils",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "MeetingStart",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "Topics",
                table: "SearchEntries");

            // SQLite drops columns by rebuilding the table, which loses its trigger.
            migrationBuilder.Sql(
                "CREATE TRIGGER IF NOT EXISTS \"SearchEntries_delete\" AFTER DELETE ON \"SearchEntries\" BEGIN DELETE FROM \"SearchIndex\" WHERE rowid = old.\"Id\"; END;");
        }
    }
}
