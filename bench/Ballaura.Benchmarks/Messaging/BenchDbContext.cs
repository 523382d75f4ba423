using Ballaura.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Benchmarks.Messaging;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<Received> Received => Set<Received>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Received>().HasKey(r => r.Sequence);
        modelBuilder.Entity<Received>().Property(r => r.Sequence).ValueGeneratedNever();
    }
}

public sealed class Received
{
    public int Sequence { get; set; }
}
