using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Xunit;

namespace Ballaura.Testing.Azurite;

/// <summary>
/// A real Azure Storage blob endpoint for the tests, from the first source that works: BALLAURA_TEST_BLOB_STORAGE (a
/// connection string), an Azurite container through Testcontainers, or the Azurite npm package in tools/azurite started
/// here with a private folder and port. When none works the tests fail with the reason; they are never skipped.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "BALLAURA_TEST_BLOB_STORAGE";

    private const string Image = "mcr.microsoft.com/azure-storage/azurite:3.35.0";
    private const int BlobPort = 10000;
    // Azurite's well-known development account (published in its documentation; not a secret).
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private IContainer? _container;
    private Process? _local;
    private string? _localFolder;

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
            _container = new ContainerBuilder(Image)
                .WithCommand("azurite-blob", "--blobHost", "0.0.0.0", "--skipApiVersionCheck", "--disableTelemetry")
                .WithPortBinding(BlobPort, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilInternalTcpPortIsAvailable(BlobPort))
                .Build();
            await _container.StartAsync();
            ConnectionString = ConnectionStringFor(_container.Hostname, _container.GetMappedPublicPort(BlobPort));
            Source = "Testcontainers";
            return;
        }
        catch (Exception ex)
        {
            failures.Add($"Testcontainers: {ex.GetType().Name}: {ex.Message}");
            _container = null;
        }

        var script = Path.Combine(RepositoryRoot(), "tools", "azurite", "node_modules", ".bin", "azurite-blob");
        if (File.Exists(script))
        {
            await StartLocalAsync(script);
            return;
        }

        failures.Add($"local Azurite: {script} is not installed (npm ci --prefix tools/azurite)");
        throw new InvalidOperationException(
            "No Azure Storage blob endpoint for the document store tests. Tried:\n  " + string.Join("\n  ", failures) +
            $"\nSet {EnvironmentVariable}, start a Docker engine, or install Azurite (./test.sh does).");
    }

    private async Task StartLocalAsync(string script)
    {
        var port = FreePort();
        _localFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ballaura-test-azurite", Guid.NewGuid().ToString("N")[..8])).FullName;
        var start = new ProcessStartInfo(script,
            ["--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", _localFolder, "--skipApiVersionCheck", "--disableTelemetry", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _local = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _local.OutputDataReceived += (_, e) => { if (e.Data is { } line) { output.Enqueue(line); } };
        _local.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { output.Enqueue(line); } };
        _local.BeginOutputReadLine();
        _local.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await AnswersAsync(port))
        {
            if (_local.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"The local Azurite (port {port}) did not become ready (exited: {_local.HasExited}). Its output:\n{string.Join("\n", output)}");
            }

            await Task.Delay(200);
        }

        ConnectionString = ConnectionStringFor("127.0.0.1", port);
        Source = "local Azurite";
    }

    private static string ConnectionStringFor(string host, int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};BlobEndpoint=http://{host}:{port}/{Account};";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ballaura.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_local is { HasExited: false })
        {
            _local.Kill(entireProcessTree: true);
            await _local.WaitForExitAsync();
        }

        _local?.Dispose();
        if (_localFolder is not null)
        {
            try
            {
                Directory.Delete(_localFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
