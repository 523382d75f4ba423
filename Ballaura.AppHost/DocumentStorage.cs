namespace Ballaura.AppHost;

/// <summary>
/// Where Intake keeps document files. By default a folder next to the databases; with "Documents:Store" = AzureBlob,
/// blobs in the Azure Storage account named by "ConnectionStrings:documents" (a storage account in production, or an
/// Azurite emulator), e.g. from user-secrets or the environment.
/// </summary>
public static class DocumentStorage
{
    public static IResourceBuilder<ProjectResource> WithDocumentStore(
        this IResourceBuilder<ProjectResource> intake, IDistributedApplicationBuilder builder, ServiceDatabases databases)
    {
        if (string.Equals(builder.Configuration["Documents:Store"], "AzureBlob", StringComparison.OrdinalIgnoreCase))
        {
            intake.WithEnvironment("Documents__Store", "AzureBlob").WithReference(builder.AddConnectionString("documents"));
            return builder.Configuration["Documents:Container"] is { Length: > 0 } container
                ? intake.WithEnvironment("Documents__Container", container)
                : intake;
        }

        return intake.WithEnvironment("Documents__Directory", Path.Combine(databases.Directory, "documents"));
    }
}
