using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Xunit;

namespace Ballaura.EndToEndTests;

/// <summary>
/// Listens on the real broker for integration events the way a new consumer would: its own temporary queue bound to
/// each event type's exchange (MassTransit names them "Namespace:Type"). Lets a test see what a service published for
/// services that do not consume it yet.
/// </summary>
public sealed class EventTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<(string Type, JsonElement Message)> _received = new();

    private EventTap(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<EventTap> ListenAsync(string connectionString, params Type[] eventTypes)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var tap = new EventTap(connection, channel);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var type in eventTypes)
        {
            var exchange = $"{type.Namespace}:{type.Name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue, exchange, "");
        }

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var envelope = JsonDocument.Parse(delivery.Body).RootElement;
            var type = envelope.GetProperty("messageType")[0].GetString()!.Split(':')[^1];
            tap._received.Enqueue((type, envelope.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return tap;
    }

    /// <summary>
    /// Publishes an event the way a service's outbox does (a MassTransit envelope on the type's exchange), with a new
    /// message id: what a publisher that sent the same fact twice would put on the broker.
    /// </summary>
    public static async Task PublishAsync<TEvent>(string connectionString, TEvent message) where TEvent : class
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var exchange = $"{typeof(TEvent).Namespace}:{typeof(TEvent).Name}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var envelope = new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { $"urn:message:{exchange}" },
            message,
            sentTime = DateTimeOffset.UtcNow,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope, JsonSerializerOptions.Web);
        await channel.BasicPublishAsync(exchange, "", mandatory: false, new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true }, body);
    }

    /// <summary>The first event of <typeparamref name="TEvent"/> that matches, within the timeout.</summary>
    public async Task<JsonElement> WaitForAsync<TEvent>(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (type, message) in _received)
            {
                if (type == typeof(TEvent).Name && match(message))
                {
                    return message;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No matching {typeof(TEvent).Name} arrived; saw {string.Join(", ", _received.Select(r => r.Type))}.");
        return default;
    }

    public int Count<TEvent>(Func<JsonElement, bool> match) => _received.Count(r => r.Type == typeof(TEvent).Name && match(r.Message));

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
