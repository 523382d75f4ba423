using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxClaimIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SentAt_NotBefore_SequenceNumber",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_SequenceNumber",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "SequenceNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SentAt_SequenceNumber",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NotBefore_SequenceNumber",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NotBefore", "SequenceNumber" });
        }
    }
}
