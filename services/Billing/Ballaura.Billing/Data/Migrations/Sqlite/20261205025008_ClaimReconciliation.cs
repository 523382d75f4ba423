using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ballaura.Billing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ContractAllowed",
                table: "Claims",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerId",
                table: "Claims",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PaymentDueBy",
                table: "Claims",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContractAllowed",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PayerId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PaymentDueBy",
                table: "Claims");
        }
    }
}
