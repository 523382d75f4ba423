using Azure.Storage.Blobs;
using Ballaura.Intake.Documents;
using Ballaura.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Ballaura.Intake.Tests.Documents;

/// <summary>The production store against a real Azure Storage blob endpoint (Azurite), each test class in its own container.</summary>
public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly string _container = "documents-" + Guid.NewGuid().ToString("N")[..12];

    protected override IDocumentStore Store => new BlobDocumentStore(new BlobContainerClient(azurite.ConnectionString, _container, BlobDocumentStore.ClientOptions()));

    [Fact]
    public async Task Intake_configured_for_blobs_stores_documents_in_a_private_container_and_reports_it_healthy()
    {
        using var host = IntakeHostWith(new()
        {
            ["Documents:Store"] = "AzureBlob",
            ["Documents:Container"] = _container,
            ["ConnectionStrings:documents"] = azurite.ConnectionString,
        });
        var store = host.Services.GetRequiredService<IDocumentStore>();

        var key = await store.SaveAsync(Guid.NewGuid(), Guid.NewGuid(), new MemoryStream([7, 7, 7]), CancellationToken.None);

        var container = new BlobContainerClient(azurite.ConnectionString, _container);
        Assert.True(await container.GetBlobClient(key).ExistsAsync());
        Assert.Equal(Azure.Storage.Blobs.Models.PublicAccessType.None, (await container.GetPropertiesAsync()).Value.PublicAccess);
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "documents");
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public void Intake_configured_for_blobs_without_a_connection_string_says_what_is_missing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntakeHostWith(new() { ["Documents:Store"] = "AzureBlob" }));

        Assert.Contains("ConnectionStrings:documents", error.Message);
    }

    private static IHost IntakeHostWith(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddDocumentStore();
        return builder.Build();
    }
}
