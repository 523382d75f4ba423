using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Intake.Data.Migrations.SqlServer
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
                type: "nvarchar(100)",
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
