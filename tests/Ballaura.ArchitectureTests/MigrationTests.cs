using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace Ballaura.ArchitectureTests;

/// <summary>
/// Both providers keep migrations that match the model: a model change without a migration for SQLite
/// and for SQL Server fails here, not at a customer's start-up.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string[] ContextTypes = ServiceBoundaryTests.ServiceAssemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(DbContext)))
        .Select(t => t.FullName!)
        .ToArray();

    public static TheoryData<string> ProviderContexts => new(ContextTypes);

    [Fact]
    public void Every_service_has_a_context_per_provider()
    {
        var contexts = ContextTypes;

        Assert.Equal(ServiceBoundaryTests.ServiceAssemblies.Length * 2, contexts.Length);
        Assert.Equal(ServiceBoundaryTests.ServiceAssemblies.Length, contexts.Count(c => c.EndsWith("SqliteDbContext", StringComparison.Ordinal)));
        Assert.Equal(ServiceBoundaryTests.ServiceAssemblies.Length, contexts.Count(c => c.EndsWith("SqlServerDbContext", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_migrations_match_the_model(string contextType)
    {
        using var context = Create(contextType);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{contextType}: the model changed without a migration (dotnet ef migrations add).");
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_migrations_produce_a_script_with_the_outbox_and_inbox(string contextType)
    {
        using var context = Create(contextType);

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("OutboxMessages", script, StringComparison.Ordinal);
        Assert.Contains("InboxStates", script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public async Task The_sqlite_migrations_apply_to_an_empty_database(string contextType)
    {
        if (!contextType.EndsWith("SqliteDbContext", StringComparison.Ordinal))
        {
            return; // SQL Server cannot run here; its migrations are checked against the model above.
        }

        await using var context = Create(contextType);
        await context.Database.MigrateAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        await context.Database.EnsureDeletedAsync();
    }

    private static DbContext Create(string contextType)
    {
        var type = ServiceBoundaryTests.ServiceAssemblies.Select(a => a.GetType(contextType)).Single(t => t is not null)!;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        if (contextType.EndsWith("SqliteDbContext", StringComparison.Ordinal))
        {
            builder.UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), $"ballaura-migration-{Guid.NewGuid():N}.db")}");
        }
        else
        {
            builder.UseSqlServer("Server=localhost;Database=ballaura_migration_check;Trusted_Connection=True;TrustServerCertificate=True");
        }

        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }
}
