using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ballaura.Benchmarks.Messaging;

/// <summary>Collects one latency per arriving message and signals when all expected ones arrived.</summary>
public sealed class ArrivalCounter
{
    private readonly ConcurrentBag<double> _latencies = [];
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;
    private int _arrived;

    public IReadOnlyCollection<double> Latencies => _latencies;

    public void Expect(int count)
    {
        _latencies.Clear();
        _arrived = 0;
        _expected = count;
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Arrived(long createdTicks)
    {
        _latencies.Add(Stopwatch.GetElapsedTime(createdTicks).TotalMilliseconds);
        if (Interlocked.Increment(ref _arrived) == _expected)
        {
            _done.TrySetResult();
        }
    }

    public Task WaitAsync(TimeSpan timeout) => _done.Task.WaitAsync(timeout);
}
