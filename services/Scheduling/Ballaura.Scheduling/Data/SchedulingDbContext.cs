using Ballaura.Messaging.Persistence;
using Ballaura.Persistence;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.CallTasks;
using Ballaura.Scheduling.Cards;
using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Data;

/// <summary>Scheduling's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class SchedulingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SchedulingCase> SchedulingCases => Set<SchedulingCase>();
    public DbSet<Therapist> Therapists => Set<Therapist>();
    public DbSet<TimeOff> TimeOff => Set<TimeOff>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<ClinicService> Services => Set<ClinicService>();
    public DbSet<CardOnFile> Cards => Set<CardOnFile>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<SlotClaim> SlotClaims => Set<SlotClaim>();
    public DbSet<CallTask> CallTasks => Set<CallTask>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Schedules are searched and ordered by time in SQL: instants are stored as UTC date-times on both providers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<SchedulingCase>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
            entity.Property(e => e.NotCoveredReason).HasMaxLength(500);
            entity.Property(e => e.ClosedBecause).HasMaxLength(300);
            entity.Property(e => e.Version).IsConcurrencyToken();
            entity.HasIndex(e => e.PatientId);
            entity.HasMany(e => e.Authorizations).WithOne().HasForeignKey(a => a.CaseId);
            entity.Navigation(e => e.Authorizations).HasField("_authorizations");
        });
        modelBuilder.Entity<CaseAuthorization>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Id).ValueGeneratedNever();
            entity.Property(e => e.Number).HasMaxLength(50);
        });

        ConfigureCatalog(modelBuilder);
        ConfigureBookings(modelBuilder);

        modelBuilder.Entity<CardOnFile>(entity =>
        {
            entity.HasKey(e => e.PatientId);
            entity.Property(e => e.ProcessorToken).HasMaxLength(100);
            entity.Property(e => e.Brand).HasMaxLength(20);
            entity.Property(e => e.Last4).HasMaxLength(4);
        });

        modelBuilder.Entity<CallTask>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
            entity.Property(e => e.TakenBy).HasMaxLength(100);
            entity.HasIndex(e => new { e.Status, e.DueAt });
            // One open call task per case: a redelivered or repeated "ready to schedule" never queues a second call.
            entity.HasIndex(e => e.CaseId).IsUnique().HasFilter("\"Status\" = 'Open'");
            entity.Property<List<CallOutcome>>("_outcomes").HasColumnName("Outcomes").HasJsonConversion();
            entity.Ignore(e => e.Outcomes);
        });
    }

    private static void ConfigureCatalog(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Therapist>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Name).HasMaxLength(100);
            entity.Property(e => e.Npi).HasMaxLength(10);
            entity.HasMany(e => e.Hours).WithOne().HasForeignKey(h => h.TherapistId);
            entity.Navigation(e => e.Hours).HasField("_hours");
            entity.HasData(CatalogSeed.Therapists().Select(t => new { t.Id, t.Name, t.Npi, Active = true }));
        });
        modelBuilder.Entity<WorkingHours>(entity =>
        {
            entity.HasKey(e => new { e.TherapistId, e.Day, e.Start });
            entity.Property(e => e.Day).HasConversion<string>().HasMaxLength(10);
            entity.HasData(CatalogSeed.Hours());
        });
        modelBuilder.Entity<TimeOff>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Reason).HasMaxLength(200);
            entity.HasIndex(e => new { e.TherapistId, e.Start });
        });
        modelBuilder.Entity<Room>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Name).HasMaxLength(50);
            entity.HasIndex(e => e.Name).IsUnique();
            entity.HasData(CatalogSeed.Rooms());
        });
        modelBuilder.Entity<ClinicService>(entity =>
        {
            entity.HasKey(e => e.Code);
            entity.Property(e => e.Code).HasMaxLength(40);
            entity.Property(e => e.Name).HasMaxLength(100);
            entity.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.Price).HasPrecision(10, 2);
            entity.HasData(CatalogSeed.Services());
        });
    }

    private static void ConfigureBookings(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Booking>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Channel).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.BookedBy).HasMaxLength(100);
            entity.Property(e => e.CancelledBy).HasMaxLength(100);
            entity.Property(e => e.CancelReason).HasMaxLength(300);
            entity.Property(e => e.FeeRule).HasMaxLength(40);
            entity.Property(e => e.Version).IsConcurrencyToken();
            entity.HasIndex(e => new { e.CaseId, e.Start });
            entity.HasIndex(e => new { e.PatientId, e.Start });
            entity.HasIndex(e => new { e.TherapistId, e.Start });
            entity.HasIndex(e => e.Start);
            entity.Property<List<BookingItem>>("_items").HasColumnName("Items").HasJsonConversion();
            entity.Ignore(e => e.Items);
            entity.Property(e => e.Session).HasJsonConversion();
        });
        modelBuilder.Entity<SlotClaim>(entity =>
        {
            // The key is the rule: one booking per therapist, room and patient per slot (R14).
            entity.HasKey(e => new { e.Resource, e.ResourceId, e.SlotStart });
            entity.HasIndex(e => e.HolderId);
            entity.HasIndex(e => e.SlotStart);
        });
    }
}

public sealed class SchedulingSqliteDbContext(DbContextOptions<SchedulingSqliteDbContext> options) : SchedulingDbContext(options);

public sealed class SchedulingSqlServerDbContext(DbContextOptions<SchedulingSqlServerDbContext> options) : SchedulingDbContext(options);
