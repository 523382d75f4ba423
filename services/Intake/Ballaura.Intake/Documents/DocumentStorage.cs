using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ballaura.Intake.Documents;

public enum DocumentStoreKind
{
    /// <summary>Files under <c>Documents:Directory</c>: local runs and tests.</summary>
    FileSystem,
    /// <summary>Blobs in <c>Documents:Container</c> of the storage account in <c>ConnectionStrings:documents</c>: production.</summary>
    AzureBlob,
}

public static class DocumentStorage
{
    public const string ConnectionName = "documents";

    public static IHostApplicationBuilder AddDocumentStore(this IHostApplicationBuilder builder)
    {
        var kind = builder.Configuration.GetValue("Documents:Store", DocumentStoreKind.FileSystem);
        if (kind == DocumentStoreKind.FileSystem)
        {
            var directory = builder.Configuration["Documents:Directory"] ?? Path.Combine(builder.Environment.ContentRootPath, ".data", "documents");
            builder.Services.AddSingleton<IDocumentStore>(new FileSystemDocumentStore(directory));
            return builder;
        }

        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                $"Documents:Store is {kind}: ConnectionStrings:{ConnectionName} (an Azure Storage connection string) is required.");
        var container = new BlobContainerClient(connectionString, builder.Configuration["Documents:Container"] ?? "case-documents", BlobDocumentStore.ClientOptions());
        var store = new BlobDocumentStore(container);
        builder.Services.AddSingleton<IDocumentStore>(store);
        builder.Services.AddHealthChecks().AddAsyncCheck(
            "documents",
            async cancellationToken => await store.IsReachableAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The document container does not exist."),
            tags: ["ready"]);
        return builder;
    }
}
