using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ballaura.Persistence;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC <see cref="DateTime"/> (SQLite TEXT, SQL Server datetime2), so both
/// providers compare and order instants in SQL. SQLite cannot order or range-compare a DateTimeOffset column; a
/// service whose queries do (schedules, queues) registers this for all its instants in ConfigureConventions.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => instant.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
