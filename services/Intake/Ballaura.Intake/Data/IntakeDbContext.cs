using Ballaura.Intake.Cases;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Data;

/// <summary>Intake's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class IntakeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<InsuranceCase> Cases => Set<InsuranceCase>();
    public DbSet<Patient> Patients => Set<Patient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();

        modelBuilder.Entity<Patient>(patient =>
        {
            patient.Property(p => p.FirstName).HasMaxLength(OpenCase.MaxNameLength);
            patient.Property(p => p.LastName).HasMaxLength(OpenCase.MaxNameLength);
        });

        modelBuilder.Entity<InsuranceCase>(insuranceCase =>
        {
            insuranceCase.ToTable("Cases");
            insuranceCase.Property(c => c.CoverageType).HasConversion<string>().HasMaxLength(40);
            insuranceCase.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
            insuranceCase.HasOne(c => c.Patient).WithMany().HasForeignKey(c => c.PatientId);
        });
    }
}

public sealed class IntakeSqliteDbContext(DbContextOptions<IntakeSqliteDbContext> options) : IntakeDbContext(options);

public sealed class IntakeSqlServerDbContext(DbContextOptions<IntakeSqlServerDbContext> options) : IntakeDbContext(options);
