using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Eligibility.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoverageVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VerificationRequests");

            migrationBuilder.CreateTable(
                name: "Exchanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayerId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TraceNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Request270 = table.Column<string>(type: "TEXT", nullable: false),
                    Response271 = table.Column<string>(type: "TEXT", nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Snapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExchangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredServiceType = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    FellBackToHealthPlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    InNetwork = table.Column<bool>(type: "INTEGER", nullable: true),
                    DeductibleTotal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    DeductibleRemaining = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    CoinsurancePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    Copay = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    OutOfPocketTotal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    OutOfPocketRemaining = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    VisitLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    VisitsRemaining = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorizationRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanBegin = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Messages = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Verifications",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CoverageType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PayerId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClaimNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DateOfInjury = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    NoResendBefore = table.Column<long>(type: "INTEGER", nullable: true),
                    Rounds = table.Column<int>(type: "INTEGER", nullable: false),
                    PayerRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verifications", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_CaseId_SentAt",
                table: "Exchanges",
                columns: new[] { "CaseId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_CaseId_VerifiedAt",
                table: "Snapshots",
                columns: new[] { "CaseId", "VerifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Verifications_Status_NextAttemptAt",
                table: "Verifications",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Exchanges");

            migrationBuilder.DropTable(
                name: "Snapshots");

            migrationBuilder.DropTable(
                name: "Verifications");

            migrationBuilder.CreateTable(
                name: "VerificationRequests",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoverageType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationRequests", x => x.CaseId);
                });
        }
    }
}
