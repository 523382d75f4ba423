using System.Diagnostics;

namespace Ballaura.Benchmarks.Gateway;

/// <summary>A built Ballaura service or the gateway, run as its own process the way production runs it.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    public string BaseAddress { get; }

    private ServiceProcess(Process process, string baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The Release build of a project's assembly (bench/run.sh builds it).</summary>
    public static string Built(string root, string project, string assembly)
    {
        var path = Path.Combine(root, project, "bin", "Release", "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution in Release first ({path} is missing).");
    }

    public static async Task<ServiceProcess> StartAsync(string assemblyPath, int port, IReadOnlyDictionary<string, string> environment)
    {
        var baseAddress = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [assemblyPath])
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{assemblyPath} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{Path.GetFileNameWithoutExtension(assemblyPath)}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, baseAddress);
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var health = await client.GetAsync(baseAddress + "/health");
                if (health.IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"{assemblyPath} did not become healthy on {baseAddress}.");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
