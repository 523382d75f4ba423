using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Ballaura.Scheduling.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTime>(
                name: "RecordedAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: false,
                oldClrType: typeof(DateTimeOffset),
                oldType: "datetimeoffset");

            migrationBuilder.AlterColumn<DateTime>(
                name: "OpenedAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "datetimeoffset");

            migrationBuilder.AlterColumn<string>(
                name: "CoverageType",
                table: "SchedulingCases",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<bool>(
                name: "AuthorizationRequired",
                table: "SchedulingCases",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBecause",
                table: "SchedulingCases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotCoveredAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotCoveredReason",
                table: "SchedulingCases",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PaperworkSignedAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PatientId",
                table: "SchedulingCases",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "PayerVisitsRemaining",
                table: "SchedulingCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PrescribedOn",
                table: "SchedulingCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PrescriptionExpiresOn",
                table: "SchedulingCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PrescriptionId",
                table: "SchedulingCases",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PrescriptionRecordedAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerifiedAt",
                table: "SchedulingCases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SchedulingCases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsPerWeek",
                table: "SchedulingCases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitsPrescribed",
                table: "SchedulingCases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PrescriptionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AuthorizationNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TherapistId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Start = table.Column<DateTime>(type: "datetime2", nullable: false),
                    End = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BookedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BookedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancelledBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CancelledByClinic = table.Column<bool>(type: "bit", nullable: false),
                    FeeRule = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RescheduledFromId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RescheduledToId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NoShowMarkedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Session = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Items = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    TakenBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    TakenUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcomes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cards",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcessorToken = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Brand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Last4 = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    ExpiryMonth = table.Column<int>(type: "int", nullable: false),
                    ExpiryYear = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards", x => x.PatientId);
                });

            migrationBuilder.CreateTable(
                name: "CaseAuthorization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    VisitsAllowed = table.Column<int>(type: "int", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidThrough = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAuthorization", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAuthorization_SchedulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "SchedulingCases",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Price = table.Column<decimal>(type: "decimal(10,2)", precision: 10, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SlotClaims",
                columns: table => new
                {
                    Resource = table.Column<int>(type: "int", nullable: false),
                    ResourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SlotStart = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HolderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotClaims", x => new { x.Resource, x.ResourceId, x.SlotStart });
                });

            migrationBuilder.CreateTable(
                name: "Therapists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Npi = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Therapists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimeOff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TherapistId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Start = table.Column<DateTime>(type: "datetime2", nullable: false),
                    End = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeOff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkingHours",
                columns: table => new
                {
                    TherapistId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: false),
                    End = table.Column<TimeOnly>(type: "time", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingHours", x => new { x.TherapistId, x.Day, x.Start });
                    table.ForeignKey(
                        name: "FK_WorkingHours_Therapists_TherapistId",
                        column: x => x.TherapistId,
                        principalTable: "Therapists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Rooms",
                columns: new[] { "Id", "Name" },
                values: new object[,]
                {
                    { new Guid("0193b000-0000-7000-8000-000000000101"), "Cedar" },
                    { new Guid("0193b000-0000-7000-8000-000000000102"), "Fern" },
                    { new Guid("0193b000-0000-7000-8000-000000000103"), "Moss" }
                });

            migrationBuilder.InsertData(
                table: "Services",
                columns: new[] { "Code", "Kind", "Minutes", "Name", "Price" },
                values: new object[,]
                {
                    { "cupping", "NonInsurance", 15, "Cupping add-on", 30.00m },
                    { "hot-stones", "NonInsurance", 15, "Hot stones add-on", 25.00m },
                    { "insurance-massage-30", "Insurance", 30, "Medical massage, 30 minutes", null },
                    { "insurance-massage-45", "Insurance", 45, "Medical massage, 45 minutes", null },
                    { "insurance-massage-60", "Insurance", 60, "Medical massage, 60 minutes", null },
                    { "insurance-massage-90", "Insurance", 90, "Medical massage, 90 minutes", null },
                    { "relaxation-massage-60", "NonInsurance", 60, "Relaxation massage, 60 minutes", 95.00m }
                });

            migrationBuilder.InsertData(
                table: "Therapists",
                columns: new[] { "Id", "Active", "Name", "Npi" },
                values: new object[,]
                {
                    { new Guid("0193b000-0000-7000-8000-000000000001"), true, "Maya Chen, LMT", "1345672012" },
                    { new Guid("0193b000-0000-7000-8000-000000000002"), true, "Jonah Reyes, LMT", "1345672020" },
                    { new Guid("0193b000-0000-7000-8000-000000000003"), true, "Priya Natarajan, LMT", "1345672038" }
                });

            migrationBuilder.InsertData(
                table: "WorkingHours",
                columns: new[] { "Day", "Start", "TherapistId", "End" },
                values: new object[,]
                {
                    { "Friday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000001"), new TimeOnly(17, 0, 0) },
                    { "Monday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000001"), new TimeOnly(17, 0, 0) },
                    { "Saturday", new TimeOnly(10, 0, 0), new Guid("0193b000-0000-7000-8000-000000000001"), new TimeOnly(14, 0, 0) },
                    { "Thursday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000001"), new TimeOnly(17, 0, 0) },
                    { "Tuesday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000001"), new TimeOnly(17, 0, 0) },
                    { "Wednesday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000001"), new TimeOnly(17, 0, 0) },
                    { "Friday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000002"), new TimeOnly(17, 0, 0) },
                    { "Monday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000002"), new TimeOnly(17, 0, 0) },
                    { "Thursday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000002"), new TimeOnly(17, 0, 0) },
                    { "Tuesday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000002"), new TimeOnly(17, 0, 0) },
                    { "Wednesday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000002"), new TimeOnly(17, 0, 0) },
                    { "Friday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000003"), new TimeOnly(17, 0, 0) },
                    { "Monday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000003"), new TimeOnly(17, 0, 0) },
                    { "Thursday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000003"), new TimeOnly(17, 0, 0) },
                    { "Tuesday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000003"), new TimeOnly(17, 0, 0) },
                    { "Wednesday", new TimeOnly(9, 0, 0), new Guid("0193b000-0000-7000-8000-000000000003"), new TimeOnly(17, 0, 0) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchedulingCases_PatientId",
                table: "SchedulingCases",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CaseId_Start",
                table: "Bookings",
                columns: new[] { "CaseId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PatientId_Start",
                table: "Bookings",
                columns: new[] { "PatientId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Start",
                table: "Bookings",
                column: "Start");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_TherapistId_Start",
                table: "Bookings",
                columns: new[] { "TherapistId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_CallTasks_CaseId",
                table: "CallTasks",
                column: "CaseId",
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_CallTasks_Status_DueAt",
                table: "CallTasks",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAuthorization_CaseId",
                table: "CaseAuthorization",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_Name",
                table: "Rooms",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_HolderId",
                table: "SlotClaims",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_SlotClaims_SlotStart",
                table: "SlotClaims",
                column: "SlotStart");

            migrationBuilder.CreateIndex(
                name: "IX_TimeOff_TherapistId_Start",
                table: "TimeOff",
                columns: new[] { "TherapistId", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "CallTasks");

            migrationBuilder.DropTable(
                name: "Cards");

            migrationBuilder.DropTable(
                name: "CaseAuthorization");

            migrationBuilder.DropTable(
                name: "Rooms");

            migrationBuilder.DropTable(
                name: "Services");

            migrationBuilder.DropTable(
                name: "SlotClaims");

            migrationBuilder.DropTable(
                name: "TimeOff");

            migrationBuilder.DropTable(
                name: "WorkingHours");

            migrationBuilder.DropTable(
                name: "Therapists");

            migrationBuilder.DropIndex(
                name: "IX_SchedulingCases_PatientId",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "AuthorizationRequired",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "ClosedBecause",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "NotCoveredAt",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "NotCoveredReason",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PaperworkSignedAt",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PatientId",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PayerVisitsRemaining",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PrescribedOn",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PrescriptionExpiresOn",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PrescriptionId",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "PrescriptionRecordedAt",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "VisitsPerWeek",
                table: "SchedulingCases");

            migrationBuilder.DropColumn(
                name: "VisitsPrescribed",
                table: "SchedulingCases");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "RecordedAt",
                table: "SchedulingCases",
                type: "datetimeoffset",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "OpenedAt",
                table: "SchedulingCases",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CoverageType",
                table: "SchedulingCases",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
