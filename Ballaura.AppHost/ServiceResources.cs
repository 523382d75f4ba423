namespace Ballaura.AppHost;

public static class ServiceResources
{
    /// <summary>A Ballaura service: its own database, the broker, token validation, and a health check that WaitFor can trust.</summary>
    public static IResourceBuilder<ProjectResource> AddBallauraService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        ServiceDatabases databases,
        IdentitySettings identity) where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithReference(messaging)
            .WaitFor(messaging)
            .WithHttpHealthCheck("/health")
            .WithTokenValidation(identity);
        return databases.Attach(service, $"{name}db");
    }
}
