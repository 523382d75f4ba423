namespace Ballaura.AppHost.Messaging;

/// <summary>"Messaging:Mode": where the AppHost gets its RabbitMQ from.</summary>
public enum BrokerMode
{
    /// <summary>A container when a container runtime answers, otherwise the locally installed rabbitmq-server.</summary>
    Auto,
    Container,
    /// <summary>Debian's rabbitmq-server, started by the AppHost with private data, logs and ports.</summary>
    Local,
    /// <summary>An existing broker: "ConnectionStrings:messaging" (production, CI with a shared broker).</summary>
    External,
}
