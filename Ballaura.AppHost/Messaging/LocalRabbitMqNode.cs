using System.Net;
using System.Net.Sockets;

namespace Ballaura.AppHost.Messaging;

/// <summary>
/// A private RabbitMQ node from Debian's rabbitmq-server package: its own data, logs, ports and Erlang
/// cookie, so a developer's run and the test suite never collide. Shared (as a linked file) by the
/// AppHost and the test fixtures; it only lays out the node, whoever starts the process owns it.
/// </summary>
public sealed class LocalRabbitMqNode
{
    /// <summary>The server itself; /usr/sbin/rabbitmq-server is a wrapper that switches user (and Erlang cookie).</summary>
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    public static bool IsInstalled => File.Exists(ServerScript);

    public string NodeName { get; }
    public string Directory { get; }
    public int Port { get; }
    public int DistributionPort { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";
    public string PidFile => Path.Combine(Directory, "rabbitmq.pid");

    private LocalRabbitMqNode(string directory, int port, int distributionPort)
    {
        Port = port;
        DistributionPort = distributionPort;
        NodeName = $"ballaura{port}@localhost";
        Directory = directory;
    }

    /// <param name="rootDirectory">Where nodes live; each node gets a folder named after its port.</param>
    /// <param name="port">The AMQP port; 0 picks a free one.</param>
    public static LocalRabbitMqNode Prepare(string rootDirectory, int port = 0)
    {
        port = port == 0 ? FreeTcpPort() : port;
        var node = new LocalRabbitMqNode(Path.Combine(rootDirectory, $"node{port}"), port, FreeTcpPort());
        foreach (var folder in new[] { node.Directory, node.Home, node.MnesiaBase, node.LogBase })
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        File.WriteAllText(node.ConfigFile, """
            loopback_users = none
            listeners.tcp.default = 127.0.0.1:PORT
            """.Replace("PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "\n");
        File.WriteAllText(node.EnabledPluginsFile, "[].\n");
        return node;
    }

    /// <summary>The environment both rabbitmq-server and rabbitmqctl need to find this node.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["HOME"] = Home,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_MNESIA_BASE"] = MnesiaBase,
        ["RABBITMQ_LOG_BASE"] = LogBase,
        ["RABBITMQ_CONFIG_FILE"] = Path.ChangeExtension(ConfigFile, null),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = EnabledPluginsFile,
        ["RABBITMQ_PID_FILE"] = PidFile,
    };

    private string Home => Path.Combine(Directory, "home");
    private string MnesiaBase => Path.Combine(Directory, "mnesia");
    private string LogBase => Path.Combine(Directory, "log");
    private string ConfigFile => Path.Combine(Directory, "rabbitmq.conf");
    private string EnabledPluginsFile => Path.Combine(Directory, "enabled_plugins");

    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
