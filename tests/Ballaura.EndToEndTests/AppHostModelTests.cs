using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xunit;

namespace Ballaura.EndToEndTests;

/// <summary>What the AppHost builds for each Messaging:Mode, checked on the model without starting it.</summary>
public sealed class AppHostModelTests
{
    private static readonly string[] ServiceNames = [.. BallauraAppFixture.Services];

    [Fact]
    public async Task External_mode_takes_the_broker_from_a_connection_string()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            ["Messaging:Mode=external", "ConnectionStrings:messaging=amqp://ballaura:secret@rabbit.example:5672/ballaura"]);

        var messaging = builder.Resources.Single(r => r.Name == "messaging");

        Assert.IsAssignableFrom<ParameterResource>(messaging);
        Assert.IsAssignableFrom<IResourceWithConnectionString>(messaging);
    }

    [Fact]
    public async Task Container_mode_asks_for_a_rabbitmq_container()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(["Messaging:Mode=container"]);

        Assert.IsType<RabbitMQServerResource>(builder.Resources.Single(r => r.Name == "messaging"));
    }

    [Fact]
    public async Task Local_mode_runs_the_installed_broker_as_a_private_node()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            ["Messaging:Mode=local", "Messaging:Local:Port=0", $"Messaging:Local:Directory={Path.Combine(Path.GetTempPath(), "ballaura-model-test")}"]);

        var broker = Assert.IsType<Ballaura.AppHost.Messaging.LocalRabbitMqResource>(builder.Resources.Single(r => r.Name == "messaging"));
        Assert.Equal("/usr/lib/rabbitmq/bin/rabbitmq-server", broker.Command);
        Assert.Contains(broker.Annotations, a => a is HealthCheckAnnotation);
    }

    [Fact]
    public async Task Every_service_waits_for_the_broker_and_has_a_health_check()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            ["Messaging:Mode=external", "ConnectionStrings:messaging=amqp://guest:guest@localhost:5672/"]);

        foreach (var name in ServiceNames)
        {
            var service = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name);
            Assert.Contains(service.Annotations.OfType<WaitAnnotation>(), w => w.Resource.Name == "messaging");
            Assert.Contains(service.Annotations, a => a is HealthCheckAnnotation);
            Assert.Contains(service.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource.Name == "messaging");
        }

        var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway");
        Assert.Contains(gateway.Annotations, a => a is HealthCheckAnnotation);
    }

    [Fact]
    public async Task Intake_keeps_documents_in_a_blob_store_when_one_is_configured()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            ["Messaging:Mode=external", "ConnectionStrings:messaging=amqp://guest:guest@localhost:5672/",
             "Documents:Store=AzureBlob", "ConnectionStrings:documents=UseDevelopmentStorage=true"]);

        var intake = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "intake");

        Assert.IsAssignableFrom<IResourceWithConnectionString>(builder.Resources.Single(r => r.Name == "documents"));
        Assert.Contains(intake.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource.Name == "documents");
    }
}
