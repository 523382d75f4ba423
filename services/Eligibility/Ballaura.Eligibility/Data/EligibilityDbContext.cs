using Ballaura.Eligibility.Verifications;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Data;

/// <summary>Eligibility's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class EligibilityDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<VerificationRequest> VerificationRequests => Set<VerificationRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<VerificationRequest>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
        });
    }
}

public sealed class EligibilitySqliteDbContext(DbContextOptions<EligibilitySqliteDbContext> options) : EligibilityDbContext(options);

public sealed class EligibilitySqlServerDbContext(DbContextOptions<EligibilitySqlServerDbContext> options) : EligibilityDbContext(options);
