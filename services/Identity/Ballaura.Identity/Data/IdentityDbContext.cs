using Ballaura.Identity.Accounts;
using Ballaura.Identity.Audit;
using Ballaura.Messaging.Persistence;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Identity.Data;

/// <summary>Accounts and roles (ASP.NET Core Identity), OpenIddict's clients and tokens, and the PHI audit log.</summary>
public abstract class IdentityDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.AddMessagingTables();
        builder.Entity<AuditEntry>(AuditEntry.Configure);
    }
}

public sealed class IdentitySqliteDbContext(DbContextOptions<IdentitySqliteDbContext> options) : IdentityDbContext(options);

public sealed class IdentitySqlServerDbContext(DbContextOptions<IdentitySqlServerDbContext> options) : IdentityDbContext(options);
