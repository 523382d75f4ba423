using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ballaura.Messaging.Tests.Fixtures;

/// <summary>
/// Plays a second replica: just before the dispatcher's first lease, it leases the oldest unsent row itself (for far longer
/// than the test), so the dispatcher read that row as due but can no longer take it.
/// </summary>
public sealed class RivalLeaseBeforeFirstClaim(string databaseFile) : DbCommandInterceptor
{
    public static readonly Guid RivalLock = Guid.NewGuid();
    private int _done;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.Ordinal)
            && command.CommandText.Contains("\"LockedUntil\" = @", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _done, 1) == 0)
        {
            await using var rival = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString());
            await rival.OpenAsync(cancellationToken);
            await using var lease = rival.CreateCommand();
            lease.CommandText = """
                UPDATE "OutboxMessages" SET "LockId" = $lock, "LockedUntil" = '2999-01-01 00:00:00'
                WHERE "SequenceNumber" = (SELECT MIN("SequenceNumber") FROM "OutboxMessages" WHERE "SentAt" IS NULL)
                """;
            lease.Parameters.AddWithValue("$lock", RivalLock.ToString().ToUpperInvariant());
            await lease.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }
}
