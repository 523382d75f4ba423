using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;
using Xunit;

namespace Ballaura.ArchitectureTests;

/// <summary>The rules of ../shared/architecture.md that a compiler does not check by itself.</summary>
public sealed class ServiceBoundaryTests
{
    public static readonly Assembly[] ServiceAssemblies =
    [
        typeof(Ballaura.Identity.Extensions).Assembly,
        typeof(Ballaura.Intake.Extensions).Assembly,
        typeof(Ballaura.Eligibility.Extensions).Assembly,
        typeof(Ballaura.Scheduling.Extensions).Assembly,
        typeof(Ballaura.Billing.Extensions).Assembly,
        typeof(Ballaura.Notifications.Extensions).Assembly,
    ];

    public static TheoryData<string> ServiceNames => new(ServiceAssemblies.Select(a => a.GetName().Name!));

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void A_service_never_depends_on_another_service(string serviceName)
    {
        var service = ServiceAssemblies.Single(a => a.GetName().Name == serviceName);
        var others = ServiceAssemblies.Where(a => a != service).Select(a => a.GetName().Name!).ToArray();

        var result = Types.InAssembly(service).ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, $"{serviceName} uses {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(service.GetReferencedAssemblies(), r => others.Contains(r.Name));
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void A_service_project_references_no_other_service_project(string serviceName)
    {
        var folder = serviceName.Replace("Ballaura.", "", StringComparison.Ordinal);
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "services", folder, serviceName, serviceName + ".csproj"));

        var references = project.Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!).ToList();

        Assert.All(references, r => Assert.True(
            r.Contains("Ballaura.ServiceDefaults", StringComparison.Ordinal) || r.Contains("Ballaura.Contracts", StringComparison.Ordinal)
            || r.Contains("Ballaura.Messaging", StringComparison.Ordinal) || r.Contains("Ballaura.Persistence", StringComparison.Ordinal)
            || r.Contains("Ballaura.Security", StringComparison.Ordinal) || r.Contains("Ballaura.X12", StringComparison.Ordinal),
            $"{serviceName} references {r}: services share only contracts and the platform libraries."));
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_base_library()
    {
        var contracts = typeof(Ballaura.Contracts.Intake.CaseOpened).Assembly;

        Assert.All(contracts.GetReferencedAssemblies(), r => Assert.True(
            r.Name == "netstandard" || r.Name!.StartsWith("System.", StringComparison.Ordinal),
            $"Ballaura.Contracts references {r.Name}"));
    }

    [Fact]
    public void Contracts_are_records_in_a_namespace()
    {
        var messages = typeof(Ballaura.Contracts.Intake.CaseOpened).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, t =>
        {
            Assert.NotNull(t.Namespace);
            Assert.True(t.GetMethod("<Clone>$") is not null, $"{t.Name} is not a record");
        });
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Only_the_messaging_library_configures_the_transport(string serviceName)
    {
        // Registering consumers is a service's business; hosts, endpoints, retries and queues are not.
        var service = ServiceAssemblies.Single(a => a.GetName().Name == serviceName);

        var result = Types.InAssembly(service).ShouldNot().HaveDependencyOnAny(
            "RabbitMQ.Client",
            "MassTransit.RabbitMqTransport",
            "MassTransit.IRabbitMqBusFactoryConfigurator",
            "MassTransit.RabbitMqBusFactoryConfiguratorExtensions",
            "MassTransit.IBusFactoryConfigurator",
            "MassTransit.IReceiveEndpointConfigurator").GetResult();

        Assert.True(result.IsSuccessful, $"{serviceName}: {string.Join(", ", result.FailingTypeNames ?? [])} configure the bus; use AddBallauraMessaging.");
        Assert.DoesNotContain(service.GetReferencedAssemblies(), r => r.Name == "MassTransit.RabbitMqTransport");
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Consumers_publish_through_the_outbox_not_the_bus(string serviceName)
    {
        var service = ServiceAssemblies.Single(a => a.GetName().Name == serviceName);

        var result = Types.InAssembly(service).ShouldNot().HaveDependencyOnAny("MassTransit.IPublishEndpoint", "MassTransit.IBus").GetResult();

        Assert.True(result.IsSuccessful, $"{serviceName}: {string.Join(", ", result.FailingTypeNames ?? [])} publish around the outbox.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ballaura.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Ballaura.sln not found above the test output.");
    }
}
