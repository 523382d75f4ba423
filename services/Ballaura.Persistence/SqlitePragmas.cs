using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ballaura.Persistence;

/// <summary>
/// Per-connection SQLite settings for a file that an API, an outbox dispatcher and consumers write at once:
/// SQLite's own busy handler waits for the writer lock in milliseconds (Microsoft.Data.Sqlite's managed
/// retry sleeps 150 ms a time), WAL lets readers go on while one writes (a setting of the file, kept once
/// set), and in WAL mode synchronous=NORMAL survives a process crash with no fsync
/// per commit (only a power loss can take the last commits; production runs on SQL Server).
/// Applied once per native connection: pooled connections keep them.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, handle);
}

public static class SqliteOptionsExtensions
{
    /// <summary>SQLite the way every Ballaura service uses it (see <see cref="SqlitePragmas"/>).</summary>
    public static DbContextOptionsBuilder UseBallauraSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
}
