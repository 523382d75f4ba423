using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SmsReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HandledReplies",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandledReplies", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Address",
                table: "Notifications",
                column: "Address");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HandledReplies");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_Address",
                table: "Notifications");
        }
    }
}
