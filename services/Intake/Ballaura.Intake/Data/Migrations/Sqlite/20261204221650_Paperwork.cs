using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Paperwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClinicDocuments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicDocuments", x => new { x.Id, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "Signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TypedName = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signatures", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ClinicDocuments",
                columns: new[] { "Id", "Version", "PublishedAt", "Text", "Title" },
                values: new object[] { "insurance-payment-policy", 1, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "As a courtesy to our clients, we offer insurance billing. As part of that service, we at Ballaura Wellness Spa will contact your insurance company to verify your benefits. We require you to call and know your benefits as well. We also highly recommend that you call our office to clarify any questions about your insurance benefits. If you are aware of any limitation(s) on your insurance benefits, please notify us immediately to allow us to try to maximize your coverage and minimize your out-of-pocket expenses. You are fully responsible for any deductibles, copayments, and non-covered services. We require you to keep a card on file that we will automatically be charged for patient responsibility balances that go beyond 30-days. We will also automatically charge for non-covered services. We will not charge until we have tried to rebill, or the claim exceeds 90-days.\n\nWe do not bill secondary insurance. We can provide you information for the visit to submit on your own.\n\nInsurance-covered massages must be scheduled by phone only. The card we hold for your appointment will only be charged if you do not show up to your appointment or cancel within 24 hours of your appointment.", "Insurance Payment Policy Agreement" });

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_PatientId_DocumentId_DocumentVersion",
                table: "Signatures",
                columns: new[] { "PatientId", "DocumentId", "DocumentVersion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClinicDocuments");

            migrationBuilder.DropTable(
                name: "Signatures");
        }
    }
}
