using Ballaura.Scheduling.Cases;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Data;

/// <summary>Scheduling's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class SchedulingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SchedulingCase> SchedulingCases => Set<SchedulingCase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<SchedulingCase>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
        });
    }
}

public sealed class SchedulingSqliteDbContext(DbContextOptions<SchedulingSqliteDbContext> options) : SchedulingDbContext(options);

public sealed class SchedulingSqlServerDbContext(DbContextOptions<SchedulingSqlServerDbContext> options) : SchedulingDbContext(options);
