using System.Diagnostics;
using Ballaura.AppHost.Messaging;

namespace Ballaura.Testing.Broker;

/// <summary>A private rabbitmq-server node started and stopped by the test run itself.</summary>
public sealed class LocalBrokerProcess : IAsyncDisposable
{
    private readonly Process _server;

    public LocalRabbitMqNode Node { get; }

    private LocalBrokerProcess(LocalRabbitMqNode node, Process server)
    {
        Node = node;
        _server = server;
    }

    public static async Task<LocalBrokerProcess> StartAsync()
    {
        var node = LocalRabbitMqNode.Prepare(Path.Combine(Path.GetTempPath(), "ballaura-test-rabbitmq", Guid.NewGuid().ToString("N")[..8]));
        var start = new ProcessStartInfo(LocalRabbitMqNode.ServerScript)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = node.Directory,
        };
        foreach (var (key, value) in node.Environment)
        {
            start.Environment[key] = value;
        }

        var server = Process.Start(start) ?? throw new InvalidOperationException("rabbitmq-server did not start.");
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        var broker = new LocalBrokerProcess(node, server);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await AmqpProbe.AnswersAsync("127.0.0.1", node.Port, CancellationToken.None))
        {
            if (server.HasExited || DateTime.UtcNow > deadline)
            {
                var log = ReadLogs(node);
                await broker.DisposeAsync();
                throw new InvalidOperationException(
                    $"The local rabbitmq-server (node {node.NodeName}, port {node.Port}) did not become ready " +
                    $"(exited: {server.HasExited}). Last log lines:\n{log}");
            }

            await Task.Delay(250);
        }

        return broker;
    }

    public async Task ControlAsync(string command)
    {
        var start = new ProcessStartInfo(LocalRabbitMqNode.ControlScript, ["-n", Node.NodeName, command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in Node.Environment)
        {
            start.Environment[key] = value;
        }

        using var control = Process.Start(start)!;
        var error = control.StandardError.ReadToEndAsync();
        await control.StandardOutput.ReadToEndAsync();
        await control.WaitForExitAsync();
        if (control.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed ({control.ExitCode}): {await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            try
            {
                await ControlAsync("stop");
            }
            catch (InvalidOperationException)
            {
                // Fall through to the kill below.
            }

            if (!_server.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                _server.Kill(entireProcessTree: true);
            }
        }

        _server.Dispose();
        TryDelete(Node.Directory);
    }

    private static string ReadLogs(LocalRabbitMqNode node)
    {
        var logs = Directory.Exists(node.Directory)
            ? Directory.GetFiles(node.Directory, "*.log", SearchOption.AllDirectories)
            : [];
        return string.Join("\n", logs.SelectMany(f => File.ReadLines(f).TakeLast(15)));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
