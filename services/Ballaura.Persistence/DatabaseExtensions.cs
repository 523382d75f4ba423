using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ballaura.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> backed by the provider named in "Database:Provider"
    /// (Sqlite by default) and the connection string <paramref name="connectionName"/>. Each provider
    /// has its own context subclass so that each keeps its own migrations. The options are built once
    /// (every interceptor is a singleton), not again for every request and every consumed message.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TSqlServerContext>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, ".data", connectionName + ".db")}"
                : throw new InvalidOperationException($"ConnectionStrings:{connectionName} is required for SQL Server."));

        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureDirectoryOf(connectionString);
            builder.Services.AddDbContext<TContext, TSqliteContext>(
                (sp, options) => options.UseBallauraSqlite(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            builder.Services.AddDbContext<TContext, TSqlServerContext>(
                (sp, options) => options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()).AddInterceptors(sp.GetServices<IInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName, tags: ["ready"]);
        return builder;
    }

    /// <summary>Applies the provider's migrations. Development and tests do it at start-up; production runs them as a deploy step.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync();
    }

    private static void EnsureDirectoryOf(string sqliteConnectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqliteConnectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
