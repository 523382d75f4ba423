using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ballaura.AppHost.Messaging;

public static class BrokerExtensions
{
    /// <summary>The broker every service uses, chosen by "Messaging:Mode" (see <see cref="BrokerMode"/>).</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddBallauraBroker(this IDistributedApplicationBuilder builder, string name)
    {
        var mode = builder.Configuration.GetValue("Messaging:Mode", BrokerMode.Auto);
        if (mode == BrokerMode.Auto)
        {
            mode = ContainerRuntimeAnswers() ? BrokerMode.Container
                : LocalRabbitMqNode.IsInstalled ? BrokerMode.Local
                : throw new InvalidOperationException(
                    "No RabbitMQ available: no container runtime answers ('docker info' failed) and " +
                    $"{LocalRabbitMqNode.ServerScript} is missing. Install the broker with " +
                    "'sudo apt-get install -y rabbitmq-server', start Docker, or set Messaging:Mode=external " +
                    "with ConnectionStrings:messaging.");
        }

        return mode switch
        {
            BrokerMode.Container => builder.AddRabbitMQ(name),
            BrokerMode.External => builder.AddConnectionString(name),
            BrokerMode.Local => builder.AddLocalRabbitMq(name),
            _ => throw new InvalidOperationException($"Unknown Messaging:Mode '{mode}'."),
        };
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name)
    {
        if (!LocalRabbitMqNode.IsInstalled)
        {
            throw new InvalidOperationException(
                $"Messaging:Mode=local needs {LocalRabbitMqNode.ServerScript}: 'sudo apt-get install -y rabbitmq-server'.");
        }

        var root = builder.Configuration["Messaging:Local:Directory"]
            ?? Path.Combine(Path.GetTempPath(), "ballaura-rabbitmq");
        var node = LocalRabbitMqNode.Prepare(root, builder.Configuration.GetValue("Messaging:Local:Port", 0));
        var healthCheckKey = $"{name}-amqp";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async cancellationToken =>
            await AmqpProbe.AnswersAsync("127.0.0.1", node.Port, cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"RabbitMQ node {node.NodeName} does not answer on port {node.Port} yet."));

        var resource = builder.AddResource(new LocalRabbitMqResource(name, node)).WithHealthCheck(healthCheckKey);
        foreach (var (key, value) in node.Environment)
        {
            resource.WithEnvironment(key, value);
        }

        return resource;
    }

    /// <summary>'docker info' fails within milliseconds when there is no engine, so probing costs nothing.</summary>
    private static bool ContainerRuntimeAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null)
            {
                return false;
            }

            if (!docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                docker.Kill();
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker CLI at all
        }
    }
}
