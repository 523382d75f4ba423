namespace Ballaura.AppHost;

/// <summary>
/// Each service gets its own database. SQLite files under "Data:Directory" by default (a real engine,
/// nothing to install); with "Database:Provider" = SqlServer, a connection string per service from
/// configuration ("ConnectionStrings:intakedb", …), e.g. from user-secrets or the environment.
/// </summary>
public sealed class ServiceDatabases(IDistributedApplicationBuilder builder)
{
    private readonly string _provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
    private readonly string _directory = Path.GetFullPath(
        builder.Configuration["Data:Directory"] ?? Path.Combine(builder.AppHostDirectory, "..", ".data"));

    /// <summary>Where local data of this run lives (SQLite files, the mail pickup directory).</summary>
    public string Directory => _directory;

    public IResourceBuilder<ProjectResource> Attach(IResourceBuilder<ProjectResource> service, string connectionName)
    {
        service.WithEnvironment("Database__Provider", _provider);
        if (string.Equals(_provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            return service.WithReference(builder.AddConnectionString(connectionName));
        }

        System.IO.Directory.CreateDirectory(_directory);
        return service.WithEnvironment($"ConnectionStrings__{connectionName}", $"Data Source={Path.Combine(_directory, connectionName + ".db")}");
    }
}
