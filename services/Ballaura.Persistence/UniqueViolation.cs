using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Persistence;

/// <summary>
/// Whether a failed save broke a unique index or primary key: the database refusing a second claim on something only
/// one may have (a therapist's slot, a posted payment). Callers turn it into a 409, never a 500.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqlServerDuplicateKey = 2627;
    private const int SqlServerDuplicateIndex = 2601;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        SqlException sql => sql.Number is SqlServerDuplicateKey or SqlServerDuplicateIndex,
        _ => false,
    };
}
