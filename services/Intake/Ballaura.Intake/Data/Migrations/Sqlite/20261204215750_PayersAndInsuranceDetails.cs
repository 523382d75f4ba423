using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Ballaura.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PayersAndInsuranceDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address_City",
                table: "Patients",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_Line1",
                table: "Patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_Line2",
                table: "Patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_PostalCode",
                table: "Patients",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_State",
                table: "Patients",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Patients",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Patients",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredContact",
                table: "Patients",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_Adjuster_Email",
                table: "Cases",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_Adjuster_Name",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_Adjuster_Phone",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_Attorney_Email",
                table: "Cases",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_Attorney_Name",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_Attorney_Phone",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_ClaimNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Details_ClaimOnOwnPolicy",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Details_DateOfInjury",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_GroupNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Details_InjuryReportApplicable",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_MemberId",
                table: "Cases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details_StateOfInjury",
                table: "Cases",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerId",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CoverageType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClearinghouseId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    TakingNewClients = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Payers",
                columns: new[] { "Id", "Accepted", "ClearinghouseId", "CoverageType", "Name", "TakingNewClients", "UpdatedAt", "Version" },
                values: new object[,]
                {
                    { "aetna", true, "60054", "MajorMedical", "Aetna", true, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 },
                    { "auto-pip", true, null, "PersonalInjuryProtection", "Auto insurance (PIP)", true, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 },
                    { "kaiser-hmo", true, "91052", "MajorMedical", "Kaiser Permanente HMO", true, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 },
                    { "kaiser-ppo", true, "91051", "MajorMedical", "Kaiser Permanente PPO", true, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 },
                    { "premera", true, "00430", "MajorMedical", "Premera Blue Cross", true, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 },
                    { "regence", false, "00851", "MajorMedical", "Regence BlueShield", false, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 },
                    { "wa-lni", true, null, "WorkersCompensation", "Washington L&I", true, new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PayerId",
                table: "Cases",
                column: "PayerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Payers_PayerId",
                table: "Cases",
                column: "PayerId",
                principalTable: "Payers",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Payers_PayerId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "Payers");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PayerId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Address_City",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_Line1",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_Line2",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_PostalCode",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Address_State",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PreferredContact",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Details_Adjuster_Email",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_Adjuster_Name",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_Adjuster_Phone",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_Attorney_Email",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_Attorney_Name",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_Attorney_Phone",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_ClaimNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_ClaimOnOwnPolicy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_DateOfInjury",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_GroupNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_InjuryReportApplicable",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_MemberId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Details_StateOfInjury",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PayerId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Cases");
        }
    }
}
