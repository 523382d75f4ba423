using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhoneKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Patients",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_PhoneKey",
                table: "Patients",
                column: "PhoneKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Patients_PhoneKey",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Patients");
        }
    }
}
