using Ballaura.Eligibility.Authorizations;
using Ballaura.Eligibility.Benefits;
using Ballaura.Eligibility.Exchanges;
using Ballaura.Eligibility.Verifications;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ballaura.Eligibility.Data;

/// <summary>Eligibility's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class EligibilityDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CaseVerification> Verifications => Set<CaseVerification>();
    public DbSet<BenefitsSnapshot> Snapshots => Set<BenefitsSnapshot>();
    public DbSet<PayerExchange> Exchanges => Set<PayerExchange>();
    public DbSet<PayerAuthorization> Authorizations => Set<PayerAuthorization>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<CaseVerification>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.PayerId).HasMaxLength(80);
            entity.Property(e => e.PayerName).HasMaxLength(120);
            entity.Property(e => e.MemberId).HasMaxLength(80);
            entity.Property(e => e.GroupNumber).HasMaxLength(50);
            entity.Property(e => e.FirstName).HasMaxLength(100);
            entity.Property(e => e.LastName).HasMaxLength(100);
            entity.Property(e => e.ClaimNumber).HasMaxLength(50);
            entity.Property(e => e.ReviewReason).HasMaxLength(500);
            entity.Property(e => e.Reason).HasMaxLength(500);
            entity.Property(e => e.ReasonCode).HasMaxLength(40);
            entity.Property(e => e.NextStep).HasMaxLength(300);
            entity.Property(e => e.TraceId).HasMaxLength(32);
            entity.Property(e => e.Version).IsConcurrencyToken();
            // The worker's question: which queued verifications are due?
            entity.HasIndex(e => new { e.Status, e.NextAttemptAt });
        });
        modelBuilder.Entity<BenefitsSnapshot>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.HasIndex(e => new { e.CaseId, e.VerifiedAt });
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.AnsweredServiceType).HasMaxLength(4);
            entity.Property(e => e.PlanName).HasMaxLength(120);
            entity.Property(e => e.GroupNumber).HasMaxLength(50);
            entity.Property(e => e.Messages).HasMaxLength(4000);
            foreach (var money in new[] { "DeductibleTotal", "DeductibleRemaining", "Copay", "OutOfPocketTotal", "OutOfPocketRemaining" })
            {
                entity.Property<decimal?>(money).HasPrecision(12, 2);
            }

            entity.Property(e => e.CoinsurancePercent).HasPrecision(5, 4);
            entity.Ignore(e => e.VisitsUsed);
        });
        modelBuilder.Entity<PayerAuthorization>(entity =>
        {
            entity.HasKey(e => e.Id);
            // The same authorization recorded twice (two clicks, two staff) is stopped by the database.
            entity.HasIndex(e => new { e.CaseId, e.Number }).IsUnique();
            entity.Property(e => e.Number).HasMaxLength(30);
            entity.Property(e => e.RecordedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<PayerExchange>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.HasIndex(e => new { e.CaseId, e.SentAt });
            entity.Property(e => e.PayerId).HasMaxLength(80);
            entity.Property(e => e.TraceNumber).HasMaxLength(50);
            entity.Property(e => e.Outcome).HasMaxLength(40);
        });
    }
}

public sealed class EligibilitySqliteDbContext(DbContextOptions<EligibilitySqliteDbContext> options) : EligibilityDbContext(options)
{
    /// <summary>SQLite cannot compare DateTimeOffset columns; every time here is UTC, so ticks order them correctly.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class EligibilitySqlServerDbContext(DbContextOptions<EligibilitySqlServerDbContext> options) : EligibilityDbContext(options);
