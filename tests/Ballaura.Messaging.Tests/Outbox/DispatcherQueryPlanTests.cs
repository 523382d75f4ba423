using System.Collections.Concurrent;
using System.Data.Common;
using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Outbox;

/// <summary>
/// The outbox keeps sent rows for days, so a statement of the dispatcher that reads the whole table costs more with
/// every message a service has ever sent. Every statement it runs must reach its rows through an index.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class DispatcherQueryPlanTests(RabbitMqFixture broker)
{
    [Fact]
    public async Task The_dispatcher_reaches_outbox_rows_through_indexes_never_by_reading_the_whole_table()
    {
        var statements = new OutboxStatements();
        var databaseFile = TallyService.NewDatabaseFile();
        // The rival replica takes one row between the claim's read and its lease, so the claim also reads back what it holds.
        await using (var service = await TallyService.StartAsync(broker, "plans-" + Guid.NewGuid().ToString("N")[..8], databaseFile,
            services: s => s.AddSingleton<IInterceptor>(statements).AddSingleton<IInterceptor>(new RivalLeaseBeforeFirstClaim(databaseFile))))
        {
            await service.InScopeAsync(async (sp, db) =>
            {
                sp.GetRequiredService<IOutbox>().Publish(new TallyRequested("planned-1"));
                sp.GetRequiredService<IOutbox>().Publish(new TallyRequested("planned-2"));
                return await db.SaveChangesAsync();
            });
            await Eventually.TrueAsync(
                async () => await service.CountAsync("planned-2") == 1,
                "the event the rival left is published and consumed");
        }

        // The claim (find due rows, lease them, read back the ones it holds), marking sent, and the clean-up of old sent rows.
        Assert.True(statements.Captured.Count(s => s.Sql.StartsWith("SELECT", StringComparison.Ordinal) && s.Sql.Contains("\"LockId\" = @", StringComparison.Ordinal)) >= 1, "the claim never read back its rows");
        Assert.True(statements.Captured.Count >= 5, $"only {statements.Captured.Count} dispatcher statements were seen");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString());
        await connection.OpenAsync();
        foreach (var statement in statements.Captured)
        {
            var fullReads = (await QueryPlanAsync(connection, statement))
                .Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal)
                    && step is not "SCAN CONSTANT ROW" && !step.Contains("VIRTUAL TABLE", StringComparison.Ordinal))
                .ToList();
            Assert.True(fullReads.Count == 0, $"{statement.Sql}\nreads the whole table: {string.Join("; ", fullReads)}");
        }
    }

    private static async Task<List<string>> QueryPlanAsync(SqliteConnection connection, Statement statement)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
        foreach (var (name, value) in statement.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Every statement that reads, updates or deletes outbox rows (writing a new row is the service's own insert; DDL is the schema's).</summary>
    private sealed class OutboxStatements : DbCommandInterceptor
    {
        public ConcurrentQueue<Statement> Captured { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        private void Capture(DbCommand command)
        {
            var sql = command.CommandText;
            var verb = sql.TrimStart().Split(' ', 2)[0].ToUpperInvariant();
            if (verb is "SELECT" or "UPDATE" or "DELETE" && sql.Contains("\"OutboxMessages\"", StringComparison.Ordinal))
            {
                Captured.Enqueue(new Statement(sql, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            }
        }
    }
}
