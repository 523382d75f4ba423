using System.Net.Sockets;

namespace Ballaura.AppHost.Messaging;

/// <summary>
/// Readiness without a client library: a broker that is really up answers the AMQP 0-9-1 protocol
/// header with a Connection.Start method frame (frame type 1).
/// </summary>
public static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP"u8.ToArray().Concat(new byte[] { 0, 0, 9, 1 }).ToArray();

    public static async Task<bool> AnswersAsync(string host, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);
            var frameType = new byte[1];
            return await stream.ReadAsync(frameType, timeout.Token) == 1 && frameType[0] == 1;
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
