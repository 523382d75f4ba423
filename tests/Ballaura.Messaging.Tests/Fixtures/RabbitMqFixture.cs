using System.Diagnostics;
using Ballaura.AppHost.Messaging;
using Ballaura.Testing.Broker;
using DotNet.Testcontainers.Containers;
using Testcontainers.RabbitMq;
using Xunit;

namespace Ballaura.Messaging.Tests.Fixtures;

/// <summary>
/// A real broker for the tests, from the first source that works: BALLAURA_TEST_RABBITMQ (a connection
/// string), a Testcontainers container, or a private node of the locally installed rabbitmq-server
/// started here. When none works the tests fail with the reason; they are never skipped.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "BALLAURA_TEST_RABBITMQ";

    private RabbitMqContainer? _container;
    private LocalBrokerProcess? _local;

    public string ConnectionString { get; private set; } = "";
    public string Source { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var failures = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } external)
        {
            ConnectionString = external;
            Source = EnvironmentVariable;
            return;
        }

        try
        {
            _container = new RabbitMqBuilder("rabbitmq:3.13-management").WithUsername("guest").WithPassword("guest").Build();
            await _container.StartAsync();
            ConnectionString = _container.GetConnectionString();
            Source = "Testcontainers";
            return;
        }
        catch (Exception ex)
        {
            failures.Add($"Testcontainers: {ex.GetType().Name}: {ex.Message}");
            _container = null;
        }

        if (LocalRabbitMqNode.IsInstalled)
        {
            _local = await LocalBrokerProcess.StartAsync();
            ConnectionString = _local.Node.ConnectionString;
            Source = "local rabbitmq-server";
            return;
        }

        failures.Add($"local broker: {LocalRabbitMqNode.ServerScript} is not installed (apt-get install -y rabbitmq-server)");
        throw new InvalidOperationException(
            "No RabbitMQ broker for the messaging tests. Tried:\n  " + string.Join("\n  ", failures) +
            $"\nSet {EnvironmentVariable}, start a Docker engine, or install rabbitmq-server.");
    }

    /// <summary>Takes the broker away (connections drop, nothing is accepted) until <see cref="StartBrokerAsync"/>.</summary>
    public Task StopBrokerAsync() => ControlAsync("stop_app");

    public async Task StartBrokerAsync()
    {
        await ControlAsync("start_app");
        var port = new Uri(ConnectionString).Port;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await AmqpProbe.AnswersAsync("127.0.0.1", port, CancellationToken.None))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The broker did not come back within 60 s.");
            }

            await Task.Delay(200);
        }
    }

    private async Task ControlAsync(string command)
    {
        if (_local is not null)
        {
            await _local.ControlAsync(command);
        }
        else if (_container is not null)
        {
            var result = await _container.ExecAsync(["rabbitmqctl", command]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"rabbitmqctl {command} failed in the container: {result.Stderr}");
            }
        }
        else
        {
            throw new InvalidOperationException($"The broker from {EnvironmentVariable} is not ours to stop; this test needs a container or the local broker.");
        }
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_local is not null)
        {
            await _local.DisposeAsync();
        }
    }
}
