using System.Text;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ballaura.Messaging.Errors;

public sealed record ErrorQueueSummary(string Queue, string ErrorQueue, uint Messages);

/// <summary>A faulted message as ops see it: what failed and why, never the message body (it may hold PHI).</summary>
public sealed record FaultedMessage(string? MessageId, string? MessageType, string? ExceptionType, string? Reason, string? FaultedAt);

public sealed record ReplayResult(string Queue, int Replayed);

/// <summary>
/// Lets staff and ops see what ended in this service's "_error" queues after the retries gave up, and
/// move it back to its queue once the cause is fixed. A replayed message keeps its message id, so the
/// inbox still refuses to handle it twice.
/// </summary>
public sealed class ErrorQueues
{
    private const string ErrorSuffix = "_error";
    private readonly ReceiveEndpointNames _endpoints;
    private readonly ConnectionFactory _factory;

    internal ErrorQueues(ReceiveEndpointNames endpoints, IConfiguration configuration)
    {
        _endpoints = endpoints;
        var address = RabbitMqAddress.Parse(configuration.GetConnectionString(MessagingExtensions.ConnectionName));
        _factory = new ConnectionFactory
        {
            HostName = address.Host,
            Port = address.Port,
            VirtualHost = address.VirtualHost,
            UserName = address.Username,
            Password = address.Password,
            Ssl = { Enabled = address.UseTls, ServerName = address.Host },
            ClientProvidedName = "ballaura-error-queues",
        };
    }

    public bool IsOwnQueue(string queue) => _endpoints.Contains(queue);

    public async Task<IReadOnlyList<ErrorQueueSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        var summaries = new List<ErrorQueueSummary>();
        foreach (var queue in _endpoints.All)
        {
            summaries.Add(new ErrorQueueSummary(queue, queue + ErrorSuffix, await CountAsync(connection, queue + ErrorSuffix, cancellationToken)));
        }

        return summaries;
    }

    /// <summary>Looks at up to <paramref name="limit"/> faulted messages without taking them off the queue.</summary>
    public async Task<IReadOnlyList<FaultedMessage>> PeekAsync(string queue, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        var waiting = await CountAsync(connection, queue + ErrorSuffix, cancellationToken);
        if (waiting == 0)
        {
            return [];
        }

        var faulted = new List<FaultedMessage>();
        // Unacknowledged gets go back to the queue, in order, when the channel closes.
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            while (faulted.Count < limit && await channel.BasicGetAsync(queue + ErrorSuffix, autoAck: false, cancellationToken) is { } got)
            {
                faulted.Add(Describe(got.BasicProperties));
            }
        }

        await WaitUntilReturnedAsync(connection, queue + ErrorSuffix, waiting, cancellationToken);
        return faulted;
    }

    /// <summary>Moves the messages now in the error queue back to their queue; later arrivals stay for the next replay.</summary>
    public async Task<ReplayResult> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        var waiting = await CountAsync(connection, queue + ErrorSuffix, cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);

        var replayed = 0;
        while (replayed < waiting && await channel.BasicGetAsync(queue + ErrorSuffix, autoAck: false, cancellationToken) is { } got)
        {
            var properties = new BasicProperties(got.BasicProperties) { Headers = WithoutFaultHeaders(got.BasicProperties.Headers) };
            // Confirmed by the broker before the error copy is acknowledged: a crash here duplicates, never loses.
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, got.Body, cancellationToken);
            await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }

        return new ReplayResult(queue, replayed);
    }

    /// <summary>
    /// A quorum queue takes back returned messages a moment after the channel closes; answer only once they
    /// are ready again, so that a replay right after a look finds them (bounded: two seconds at most).
    /// </summary>
    private static async Task WaitUntilReturnedAsync(IConnection connection, string queue, uint expected, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (await CountAsync(connection, queue, cancellationToken) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private static async Task<uint> CountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a queue that does not exist closes the channel: use one per question.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }

    private static Dictionary<string, object?> WithoutFaultHeaders(IDictionary<string, object?>? headers) =>
        (headers ?? new Dictionary<string, object?>())
            .Where(h => !h.Key.StartsWith("MT-Fault", StringComparison.Ordinal) && h.Key != "MT-Reason")
            .ToDictionary(h => h.Key, h => h.Value);

    private static FaultedMessage Describe(IReadOnlyBasicProperties properties)
    {
        string? Header(string name) => properties.Headers is { } headers && headers.TryGetValue(name, out var value)
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;

        return new FaultedMessage(
            properties.MessageId,
            Header("MT-Fault-MessageType") ?? properties.Type,
            Header("MT-Fault-ExceptionType"),
            Header("MT-Fault-Message"),
            Header("MT-Fault-Timestamp"));
    }
}
