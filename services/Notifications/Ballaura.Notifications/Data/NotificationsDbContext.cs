using Ballaura.Notifications.Cases;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Preferences;
using Ballaura.Messaging.Persistence;
using Ballaura.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Data;

/// <summary>Notifications's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CaseNotice> CaseNotices => Set<CaseNotice>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ContactPreference> Preferences => Set<ContactPreference>();
    public DbSet<HandledReply> HandledReplies => Set<HandledReply>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Due messages are found by time in SQL on both providers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<CaseNotice>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
        });
        modelBuilder.Entity<Notification>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Key).HasMaxLength(200);
            // Exactly once per event and recipient, enforced by the database.
            entity.HasIndex(e => e.Key).IsUnique();
            entity.HasIndex(e => new { e.Status, e.NextAttemptAt });
            entity.HasIndex(e => new { e.PatientId, e.CreatedAt });
            entity.HasIndex(e => e.Address);
            entity.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.Channel).HasConversion<string>().HasMaxLength(10);
            entity.Property(e => e.Data).HasMaxLength(2000);
            entity.Property(e => e.Address).HasMaxLength(320);
            entity.Property(e => e.Subject).HasMaxLength(300);
            entity.Property(e => e.Body).HasMaxLength(4000);
            entity.Property(e => e.Note).HasMaxLength(300);
            entity.Property(e => e.LastError).HasMaxLength(500);
            entity.Property(e => e.ProviderId).HasMaxLength(200);
        });
        modelBuilder.Entity<HandledReply>(entity =>
        {
            entity.HasKey(e => e.Sequence);
            entity.Property(e => e.Sequence).ValueGeneratedNever();
            entity.Property(e => e.Outcome).HasMaxLength(200);
        });
        modelBuilder.Entity<ContactPreference>(entity =>
        {
            entity.HasKey(e => e.PatientId);
            entity.Property(e => e.Channel).HasConversion<string>().HasMaxLength(10);
        });
    }
}

public sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

public sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);
