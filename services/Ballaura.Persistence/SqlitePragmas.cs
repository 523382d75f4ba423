using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ballaura.Persistence;

/// <summary>
/// Per-connection SQLite settings for a file that an API, an outbox dispatcher and consumers write at once:
/// SQLite's own busy handler waits for the writer lock in milliseconds (Microsoft.Data.Sqlite's managed
/// retry sleeps 150 ms a time), and in WAL mode synchronous=NORMAL survives a process crash with no fsync
/// per commit (only a power loss can take the last commits; production runs on SQL Server).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}

public static class SqliteOptionsExtensions
{
    /// <summary>SQLite the way every Ballaura service uses it (see <see cref="SqlitePragmas"/>).</summary>
    public static DbContextOptionsBuilder UseBallauraSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
}
