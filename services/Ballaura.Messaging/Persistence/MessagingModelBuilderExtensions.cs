using Ballaura.Messaging.Inbox;
using Ballaura.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Persistence;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own model (call from OnModelCreating).</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.SequenceNumber);
            outbox.Property(m => m.SequenceNumber).ValueGeneratedOnAdd();
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.MessageType).HasMaxLength(400).IsRequired();
            outbox.Property(m => m.Body).IsRequired();
            outbox.Property(m => m.TraceParent).HasMaxLength(100);
            outbox.Property(m => m.LastError).HasMaxLength(1000);
            // The dispatcher's claim walks the unsent rows (SentAt null) in sequence order and stops at a batch; with
            // NotBefore between the two, it sorted every unsent row for each batch, which grows with an outage's backlog.
            outbox.HasIndex(m => new { m.SentAt, m.SequenceNumber });
        });

        modelBuilder.Entity<InboxState>(inbox =>
        {
            inbox.ToTable("InboxStates");
            inbox.HasKey(i => new { i.MessageId, i.Consumer });
            inbox.Property(i => i.Consumer).HasMaxLength(256);
            inbox.HasIndex(i => i.ConsumedAt);
        });

        return modelBuilder;
    }
}
