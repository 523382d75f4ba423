using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Billing.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClaimSubmission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BatchId",
                table: "Claims",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CopayDue",
                table: "Claims",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CopayOffsetPending",
                table: "Claims",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Missing",
                table: "Claims",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusNote",
                table: "Claims",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SubmissionPending",
                table: "Claims",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Claims",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Copay",
                table: "BillingCases",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerifiedAt",
                table: "BillingCases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClaimBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ControlNumber = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ClaimCount = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Acknowledgment = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedFiles",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedFiles", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_BatchId",
                table: "Claims",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SubmissionPending",
                table: "Claims",
                column: "SubmissionPending");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimBatches_ControlNumber",
                table: "ClaimBatches",
                column: "ControlNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimBatches_Status",
                table: "ClaimBatches",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimBatches");

            migrationBuilder.DropTable(
                name: "ReceivedFiles");

            migrationBuilder.DropIndex(
                name: "IX_Claims_BatchId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SubmissionPending",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "CopayDue",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "CopayOffsetPending",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Missing",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "StatusNote",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "SubmissionPending",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Copay",
                table: "BillingCases");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "BillingCases");
        }
    }
}
