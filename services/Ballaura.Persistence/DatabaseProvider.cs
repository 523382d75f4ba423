namespace Ballaura.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default for local runs and tests: a real engine in a file.</summary>
    Sqlite,
    /// <summary>Production.</summary>
    SqlServer,
}
