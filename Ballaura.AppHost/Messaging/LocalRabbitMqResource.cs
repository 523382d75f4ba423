namespace Ballaura.AppHost.Messaging;

/// <summary>The local rabbitmq-server as an Aspire executable that also offers the "messaging" connection string.</summary>
public sealed class LocalRabbitMqResource(string name, LocalRabbitMqNode node)
    : ExecutableResource(name, LocalRabbitMqNode.ServerScript, node.Directory), IResourceWithConnectionString
{
    public LocalRabbitMqNode Node { get; } = node;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Node.ConnectionString}");
}
