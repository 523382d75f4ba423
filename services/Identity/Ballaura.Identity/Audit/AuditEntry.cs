using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ballaura.Contracts.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ballaura.Identity.Audit;

/// <summary>
/// One line of the PHI audit log. Append-only and chained: each entry's hash covers its own fields and the
/// previous entry's hash, so changing, removing or inserting an entry breaks every hash after it.
/// Holds who, what, which patient (by id), when, from where and the outcome; never the data itself.
/// </summary>
public sealed class AuditEntry
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Sequence { get; private set; }
    public Guid EntryId { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string Service { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public string ActorRoles { get; private set; } = "";
    public string? ClientId { get; private set; }
    public string Action { get; private set; } = "";
    public string Resource { get; private set; } = "";
    public string? ResourceId { get; private set; }
    public Guid? PatientId { get; private set; }
    public string Outcome { get; private set; } = "";
    public string? SourceAddress { get; private set; }
    public string? TraceId { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry()
    {
    }

    public static AuditEntry Append(AuditEntry? previous, PhiAccessRecorded recorded, DateTimeOffset now)
    {
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            EntryId = recorded.EntryId,
            OccurredAt = recorded.OccurredAt.UtcDateTime,
            RecordedAt = now.UtcDateTime,
            Service = recorded.Service,
            Actor = recorded.Actor,
            ActorRoles = recorded.ActorRoles,
            ClientId = recorded.ClientId,
            Action = recorded.Action,
            Resource = recorded.Resource,
            ResourceId = recorded.ResourceId,
            PatientId = recorded.PatientId,
            Outcome = recorded.Outcome,
            SourceAddress = recorded.SourceAddress,
            TraceId = recorded.TraceId,
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>SHA-256 over a canonical text of every field (instants as ticks, so storage round-trips don't matter).</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            EntryId.ToString("N"),
            OccurredAt.Ticks.ToString(CultureInfo.InvariantCulture),
            RecordedAt.Ticks.ToString(CultureInfo.InvariantCulture),
            Service, Actor, ActorRoles, ClientId ?? "", Action, Resource, ResourceId ?? "",
            PatientId?.ToString("N") ?? "", Outcome, SourceAddress ?? "", TraceId ?? "",
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    internal static void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.HasIndex(e => e.EntryId).IsUnique();
        entry.HasIndex(e => new { e.PatientId, e.OccurredAt });
        entry.HasIndex(e => e.RecordedAt);
        entry.Property(e => e.Service).HasMaxLength(100);
        entry.Property(e => e.Actor).HasMaxLength(200);
        entry.Property(e => e.ActorRoles).HasMaxLength(200);
        entry.Property(e => e.ClientId).HasMaxLength(100);
        entry.Property(e => e.Action).HasMaxLength(20);
        entry.Property(e => e.Resource).HasMaxLength(200);
        entry.Property(e => e.ResourceId).HasMaxLength(100);
        entry.Property(e => e.Outcome).HasMaxLength(20);
        entry.Property(e => e.SourceAddress).HasMaxLength(64);
        entry.Property(e => e.TraceId).HasMaxLength(32);
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
    }
}
