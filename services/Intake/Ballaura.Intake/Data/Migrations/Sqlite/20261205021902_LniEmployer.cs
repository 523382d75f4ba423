using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Intake.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LniEmployer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Details_Employer",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Details_Employer",
                table: "Cases");
        }
    }
}
