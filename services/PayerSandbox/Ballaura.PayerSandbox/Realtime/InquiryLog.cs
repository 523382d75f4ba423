using System.Collections.Concurrent;
using Ballaura.PayerSandbox.Faults;

namespace Ballaura.PayerSandbox.Realtime;

public sealed record ReceivedInquiry(DateTimeOffset ReceivedAt, string TraceNumber, string PayerId, string MemberId, DateOnly ServiceDate, Fault Fault);

/// <summary>
/// What the sandbox received, newest last (bounded): how tests see that the clinic did not resend an inquiry too
/// soon or storm a payer with retries. Holds sandbox members only, never real patients.
/// </summary>
public sealed class InquiryLog
{
    private const int Capacity = 100_000;
    private readonly ConcurrentQueue<ReceivedInquiry> _received = new();

    public void Record(ReceivedInquiry inquiry)
    {
        _received.Enqueue(inquiry);
        while (_received.Count > Capacity && _received.TryDequeue(out _))
        {
        }
    }

    public IEnumerable<ReceivedInquiry> All => _received;
}
