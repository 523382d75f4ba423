using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Tests.Fixtures;

/// <summary>A stand-in service database: one state table plus the outbox and inbox tables.</summary>
public sealed class TallyDbContext(DbContextOptions<TallyDbContext> options) : DbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Tally>().HasKey(t => t.Key);
    }
}

public sealed class Tally
{
    public string Key { get; set; } = "";
    public int Count { get; set; }
    public DateTime LastCountedAt { get; set; }
}
