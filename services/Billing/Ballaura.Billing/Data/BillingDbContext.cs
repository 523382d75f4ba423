using Ballaura.Billing.Accounts;
using Ballaura.Billing.Cards;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Clearinghouse;
using Ballaura.Billing.Fees;
using Ballaura.Billing.Ledger;
using Ballaura.Billing.Remittances;
using Ballaura.Messaging.Persistence;
using Ballaura.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Data;

/// <summary>Billing's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class BillingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<BillingCase> BillingCases => Set<BillingCase>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<FeeDecision> FeeDecisions => Set<FeeDecision>();
    public DbSet<RemittancePayment> RemittancePayments => Set<RemittancePayment>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<BillingCard> BillingCards => Set<BillingCard>();
    public DbSet<CardCharge> CardCharges => Set<CardCharge>();
    public DbSet<ClaimBatch> ClaimBatches => Set<ClaimBatch>();
    public DbSet<ReceivedFile> ReceivedFiles => Set<ReceivedFile>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Statements and queues are ordered by time in SQL; money is exact to the cent on both providers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<BillingCase>(entity =>
        {
            entity.HasKey(e => e.CaseId);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TraceId).HasMaxLength(32);
        });
        modelBuilder.Entity<Claim>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.ControlNumber).HasMaxLength(20);
            entity.HasIndex(e => e.ControlNumber).IsUnique();
            // One claim per visit: a redelivered VisitCompleted can never bill the visit twice.
            entity.HasIndex(e => e.BookingId).IsUnique();
            entity.HasIndex(e => new { e.CaseId, e.DateOfService });
            entity.HasIndex(e => e.Status);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.CoverageType).HasConversion<string>().HasMaxLength(40);
            entity.Property(e => e.TherapistNpi).HasMaxLength(10);
            entity.Property(e => e.TherapistName).HasMaxLength(100);
            entity.Property(e => e.AuthorizationNumber).HasMaxLength(50);
            entity.Property(e => e.Problem).HasMaxLength(300);
            entity.Property<List<ClaimLine>>("_lines").HasColumnName("Lines").HasJsonConversion();
            entity.Ignore(e => e.Lines);
            entity.Ignore(e => e.Reconciliation);
            entity.Property(e => e.PayerClaimNumber).HasMaxLength(50);
            entity.Property(e => e.Missing).HasMaxLength(500);
            entity.Property(e => e.StatusNote).HasMaxLength(1000);
            entity.Property(e => e.PayerId).HasMaxLength(20);
            entity.Property(e => e.Version).IsConcurrencyToken();
            entity.HasIndex(e => e.SubmissionPending);
            entity.HasIndex(e => e.BatchId);
        });
        modelBuilder.Entity<ClaimBatch>(entity =>
        {
            entity.HasKey(e => e.Id);
            // Two passes (or replicas) can never send two different files under one interchange number.
            entity.HasIndex(e => e.ControlNumber).IsUnique();
            entity.HasIndex(e => e.Status);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(e => e.LastError).HasMaxLength(500);
        });
        modelBuilder.Entity<ReceivedFile>(entity =>
        {
            entity.HasKey(e => e.Sequence);
            entity.Property(e => e.Sequence).ValueGeneratedNever();
            entity.Property(e => e.Kind).HasMaxLength(10);
            entity.Property(e => e.Outcome).HasMaxLength(1000);
        });
        modelBuilder.Entity<LedgerTransaction>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.SourceKey).HasMaxLength(120);
            // The same event, file or payment posted twice is refused by the database, not merged.
            entity.HasIndex(e => e.SourceKey).IsUnique();
            entity.HasIndex(e => new { e.PatientId, e.PostedAt });
            entity.Property(e => e.Explanation).HasMaxLength(1000);
            entity.Property(e => e.Rule).HasMaxLength(100);
            entity.HasMany(e => e.Entries).WithOne().HasForeignKey(e => e.TransactionId);
            entity.Navigation(e => e.Entries).HasField("_entries");
        });
        modelBuilder.Entity<LedgerEntry>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Account).HasMaxLength(40);
            entity.HasIndex(e => new { e.PatientId, e.Account });
            entity.HasIndex(e => e.ClaimId);
        });
        modelBuilder.Entity<RemittancePayment>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.TraceNumber).HasMaxLength(50);
            entity.Property(e => e.PayerId).HasMaxLength(50);
            entity.Property(e => e.PayerName).HasMaxLength(100);
            entity.Property(e => e.PaymentMethod).HasMaxLength(10);
            // A payment is its trace number with the payer's id: the same pair again is the same payment (no double posting).
            entity.HasIndex(e => new { e.TraceNumber, e.PayerId }).IsUnique();
        });
        modelBuilder.Entity<WorkItem>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Kind).HasMaxLength(30);
            entity.Property(e => e.ControlNumber).HasMaxLength(50);
            entity.Property(e => e.TraceNumber).HasMaxLength(50);
            entity.Property(e => e.Explanation).HasMaxLength(2000);
            entity.HasIndex(e => new { e.Resolved, e.CreatedAt });
        });
        modelBuilder.Entity<BillingCard>(entity =>
        {
            entity.HasKey(e => e.PatientId);
            entity.Property(e => e.ProcessorToken).HasMaxLength(100);
            entity.Property(e => e.Brand).HasMaxLength(20);
            entity.Property(e => e.Last4).HasMaxLength(4);
        });
        modelBuilder.Entity<CardCharge>(entity =>
        {
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Basis).HasMaxLength(80);
            entity.Property(e => e.IdempotencyKey).HasMaxLength(100);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
            entity.Property(e => e.Rule).HasMaxLength(20);
            entity.Property(e => e.Explanation).HasMaxLength(500);
            entity.Property(e => e.ProcessorReference).HasMaxLength(50);
            entity.Property(e => e.FailureReason).HasMaxLength(200);
            // Two passes at once cannot both record the same attempt at a balance.
            entity.HasIndex(e => new { e.Basis, e.Attempt }).IsUnique();
            entity.HasIndex(e => e.PatientId);
        });
        modelBuilder.Entity<FeeDecision>(entity =>
        {
            entity.HasKey(e => e.BookingId);
            entity.Property(e => e.Kind).HasMaxLength(20);
            entity.Property(e => e.Rule).HasMaxLength(20);
            entity.Property(e => e.Explanation).HasMaxLength(500);
            entity.HasIndex(e => e.PatientId);
        });
    }
}

public sealed class BillingSqliteDbContext(DbContextOptions<BillingSqliteDbContext> options) : BillingDbContext(options);

public sealed class BillingSqlServerDbContext(DbContextOptions<BillingSqlServerDbContext> options) : BillingDbContext(options);
