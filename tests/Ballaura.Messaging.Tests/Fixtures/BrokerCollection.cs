using Xunit;

namespace Ballaura.Messaging.Tests.Fixtures;

/// <summary>One broker for every messaging test; they run one after another (two cores, one broker).</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "broker";
}
