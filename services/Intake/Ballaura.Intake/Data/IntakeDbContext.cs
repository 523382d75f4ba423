using Ballaura.Intake.Cases;
using Ballaura.Intake.Documents;
using Ballaura.Intake.Inbox;
using Ballaura.Intake.Paperwork;
using Ballaura.Intake.Payers;
using Ballaura.Intake.Prescriptions;
using Ballaura.Intake.Validation;
using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballaura.Intake.Data;

/// <summary>Intake's own database. One subclass per provider keeps each provider's migrations apart.</summary>
public abstract class IntakeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<InsuranceCase> Cases => Set<InsuranceCase>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Payer> Payers => Set<Payer>();
    public DbSet<Prescription> Prescriptions => Set<Prescription>();
    public DbSet<CaseDocument> Documents => Set<CaseDocument>();
    public DbSet<ClinicDocument> ClinicDocuments => Set<ClinicDocument>();
    public DbSet<InboxItem> InboxItems => Set<InboxItem>();
    public DbSet<Signature> Signatures => Set<Signature>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();

        modelBuilder.Entity<Patient>(patient =>
        {
            patient.Property(p => p.FirstName).HasMaxLength(OpenCase.MaxNameLength);
            patient.Property(p => p.LastName).HasMaxLength(OpenCase.MaxNameLength);
            patient.Property(p => p.Phone).HasMaxLength(20);
            patient.Property(p => p.PhoneKey).HasMaxLength(10);
            patient.HasIndex(p => p.PhoneKey);
            patient.Property(p => p.Email).HasMaxLength(254);
            patient.Property(p => p.PreferredContact).HasConversion<string>().HasMaxLength(10);
            patient.OwnsOne(p => p.Address, address =>
            {
                address.Property(a => a.Line1).HasMaxLength(100);
                address.Property(a => a.Line2).HasMaxLength(100);
                address.Property(a => a.City).HasMaxLength(60);
                address.Property(a => a.State).HasMaxLength(2);
                address.Property(a => a.PostalCode).HasMaxLength(10);
            });
        });

        modelBuilder.Entity<Payer>(payer =>
        {
            payer.Property(p => p.Id).HasMaxLength(40);
            payer.Property(p => p.Name).HasMaxLength(100);
            payer.Property(p => p.CoverageType).HasConversion<string>().HasMaxLength(40);
            payer.Property(p => p.ClearinghouseId).HasMaxLength(80);
            payer.HasData(PayerDirectorySeed.Rows);
        });

        modelBuilder.Entity<InboxItem>(item =>
        {
            item.HasIndex(i => i.AttachedCaseId);
            item.Property(i => i.Channel).HasConversion<string>().HasMaxLength(10);
            item.Property(i => i.Sender).HasMaxLength(100);
            item.Property(i => i.ContentType).HasMaxLength(40);
            item.Property(i => i.Sha256).HasMaxLength(64);
            item.Property(i => i.StorageKey).HasMaxLength(100);
            item.Property(i => i.ReceivedBy).HasMaxLength(100);
            // Attached once: the concurrency token stops two staff attaching the same fax to two cases.
            item.Property(i => i.AttachedCaseId).IsConcurrencyToken();
        });

        modelBuilder.Entity<ClinicDocument>(document =>
        {
            document.HasKey(d => new { d.Id, d.Version });
            document.Property(d => d.Id).HasMaxLength(40);
            document.Property(d => d.Title).HasMaxLength(200);
            document.HasData(PaperworkSeed.Version1);
        });

        modelBuilder.Entity<Signature>(signature =>
        {
            // One signature per patient and version, enforced by the database.
            signature.HasIndex(s => new { s.PatientId, s.DocumentId, s.DocumentVersion }).IsUnique();
            signature.Property(s => s.DocumentId).HasMaxLength(40);
            signature.Property(s => s.TypedName).HasMaxLength(FieldRules.MaxNameLength * 2 + 1);
            signature.Property(s => s.IpAddress).HasMaxLength(45);
        });

        modelBuilder.Entity<CaseDocument>(document =>
        {
            document.HasIndex(d => d.CaseId);
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
            document.Property(d => d.ContentType).HasMaxLength(40);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.StorageKey).HasMaxLength(100);
            document.Property(d => d.ReceivedBy).HasMaxLength(100);
            document.Property(d => d.ReviewedBy).HasMaxLength(100);
            document.HasIndex(d => d.ReviewedAt);
            document.HasOne<InsuranceCase>().WithMany().HasForeignKey(d => d.CaseId);
        });

        modelBuilder.Entity<Prescription>(prescription =>
        {
            prescription.HasIndex(p => p.CaseId);
            prescription.Property(p => p.PrescriberName).HasMaxLength(FieldRules.MaxNameLength);
            prescription.Property(p => p.PrescriberRole).HasConversion<string>().HasMaxLength(20);
            prescription.Property(p => p.PrescriberNpi).HasMaxLength(10);
            prescription.Property(p => p.RecordedBy).HasMaxLength(100);
            // A short list of codes in one column: "S13.4XXD,M54.2".
            prescription.Property(p => p.DiagnosisCodes)
                .HasConversion(codes => string.Join(',', codes), text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList())
                .HasMaxLength(120)
                .Metadata.SetValueComparer(new ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!), codes => codes.Aggregate(0, (hash, code) => HashCode.Combine(hash, code)), codes => codes.ToList()));
            prescription.HasOne<InsuranceCase>().WithMany().HasForeignKey(p => p.CaseId);
        });

        modelBuilder.Entity<InsuranceCase>(insuranceCase =>
        {
            insuranceCase.ToTable("Cases");
            insuranceCase.Property(c => c.CoverageType).HasConversion<string>().HasMaxLength(40);
            insuranceCase.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
            insuranceCase.Property(c => c.PayerId).HasMaxLength(40);
            insuranceCase.Property(c => c.RefusalReason).HasMaxLength(300);
            insuranceCase.Property(c => c.ClosingReason).HasMaxLength(300);
            insuranceCase.Property(c => c.Version).IsConcurrencyToken();
            insuranceCase.HasOne(c => c.Patient).WithMany().HasForeignKey(c => c.PatientId);
            insuranceCase.HasOne<Payer>().WithMany().HasForeignKey(c => c.PayerId);
            insuranceCase.OwnsOne(c => c.Details, details =>
            {
                details.Property(d => d.ClaimNumber).HasMaxLength(30);
                details.Property(d => d.StateOfInjury).HasMaxLength(2);
                details.Property(d => d.MemberId).HasMaxLength(30);
                details.Property(d => d.GroupNumber).HasMaxLength(30);
                details.Property(d => d.Employer).HasMaxLength(100);
                details.OwnsOne(d => d.Adjuster, ContactColumns);
                details.OwnsOne(d => d.Attorney, ContactColumns);
            });
            insuranceCase.Navigation(c => c.Details).IsRequired();
        });
    }

    private static void ContactColumns<TOwner>(OwnedNavigationBuilder<TOwner, Contact> contact) where TOwner : class
    {
        contact.Property(c => c.Name).HasMaxLength(100);
        contact.Property(c => c.Phone).HasMaxLength(20);
        contact.Property(c => c.Email).HasMaxLength(254);
    }
}

public sealed class IntakeSqliteDbContext(DbContextOptions<IntakeSqliteDbContext> options) : IntakeDbContext(options);

public sealed class IntakeSqlServerDbContext(DbContextOptions<IntakeSqlServerDbContext> options) : IntakeDbContext(options);
