using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Agendas.Data.Migrations
{
    /// <inheritdoc />
    public partial class TopicMentions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MentionsVocabulary",
                table: "DataVersion",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TopicMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicMentions", x => x.Id);
                    table.CheckConstraint("CK_TopicMentions_OneOwner", "(\"SessionId\" IS NOT NULL) + (\"ItemId\" IS NOT NULL) = 1");
                    table.ForeignKey(
                        name: "FK_TopicMentions_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicMentions_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicMentions_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "DataVersion",
                keyColumn: "Id",
                keyValue: 1,
                column: "MentionsVocabulary",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_TopicMentions_ItemId_TopicId",
                table: "TopicMentions",
                columns: new[] { "ItemId", "TopicId" },
                unique: true,
                filter: "\"ItemId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TopicMentions_SessionId_TopicId",
                table: "TopicMentions",
                columns: new[] { "SessionId", "TopicId" },
                unique: true,
                filter: "\"SessionId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TopicMentions_TopicId",
                table: "TopicMentions",
                column: "TopicId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TopicMentions");

            migrationBuilder.DropColumn(
                name: "MentionsVocabulary",
                table: "DataVersion");
        }
    }
}
