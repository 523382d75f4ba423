using Ballaura.Billing.Accounts;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Data;

/// <summary>Billing's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class BillingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<BillingCase> BillingCases => Set<BillingCase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<BillingCase>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
        });
    }
}

public sealed class BillingSqliteDbContext(DbContextOptions<BillingSqliteDbContext> options) : BillingDbContext(options);

public sealed class BillingSqlServerDbContext(DbContextOptions<BillingSqlServerDbContext> options) : BillingDbContext(options);
