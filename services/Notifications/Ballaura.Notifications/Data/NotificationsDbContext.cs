using Ballaura.Notifications.Cases;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Data;

/// <summary>Notifications's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CaseNotice> CaseNotices => Set<CaseNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<CaseNotice>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
        });
    }
}

public sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

public sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);
