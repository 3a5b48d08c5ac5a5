using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agendas.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Heading = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchEntries_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchEntries_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchEntries_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_DocumentId",
                table: "SearchEntries",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_ItemId",
                table: "SearchEntries",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SessionId",
                table: "SearchEntries",
                column: "SessionId");

            // Hand-written (EF Core has no FTS5 API): the full-text table of the entries' stemmed terms
            // (Agendas.Data.Search.DutchAnalyzer), contentless because the entries keep the original text;
            // contentless_delete lets the trigger remove one entry's row. bm25 weighs the heading 4x the text.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(heading, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO \"SearchIndex\"(\"SearchIndex\", rank) VALUES('rank', 'bm25(4.0, 1.0)');");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"SearchEntries_delete\" AFTER DELETE ON \"SearchEntries\" BEGIN DELETE FROM \"SearchIndex\" WHERE rowid = old.\"Id\"; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_delete\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchIndex\";");
            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
