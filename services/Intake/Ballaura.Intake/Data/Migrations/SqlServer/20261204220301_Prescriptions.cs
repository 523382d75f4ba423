using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Intake.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Prescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Prescriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PrescriberName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PrescriberRole = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PrescriberNpi = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    DiagnosisCodes = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    VisitsPrescribed = table.Column<int>(type: "int", nullable: false),
                    VisitsPerWeek = table.Column<int>(type: "int", nullable: false),
                    PrescribedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prescriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Prescriptions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_CaseId",
                table: "Prescriptions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Prescriptions");
        }
    }
}
