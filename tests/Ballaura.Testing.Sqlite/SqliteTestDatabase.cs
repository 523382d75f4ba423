using Ballaura.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Testing.Sqlite;

/// <summary>
/// A real SQLite database file for one test class, with the service's migrations applied and the same pragmas the
/// services use; deleted (with its pooled connections) at the end.
/// </summary>
/// <param name="create">The service's SQLite context from options (its constructor).</param>
/// <param name="name">A word for the file's name, to tell the temporary files apart.</param>
public sealed class SqliteTestDatabase<TContext>(Func<DbContextOptions<TContext>, TContext> create, string name) where TContext : DbContext
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public TContext Open() => create((DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UseBallauraSqlite(ConnectionString).Options);

    public async Task MigrateAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
    }

    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(Path);
    }
}
