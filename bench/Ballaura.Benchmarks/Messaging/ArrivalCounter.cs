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

    /// <summary>Stopwatch timestamps of the first and the last expected arrival since <see cref="Expect"/>.</summary>
    public long FirstArrival { get; private set; }
    public long LastArrival { get; private set; }

    /// <summary>From the first arrival to the last: the path's own pace, without the time it took to get going.</summary>
    public TimeSpan ArrivalSpan => Stopwatch.GetElapsedTime(FirstArrival, LastArrival);

    public void Expect(int count)
    {
        _latencies.Clear();
        _arrived = 0;
        _expected = count;
        FirstArrival = 0;
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Arrived(long createdTicks)
    {
        _latencies.Add(Stopwatch.GetElapsedTime(createdTicks).TotalMilliseconds);
        var arrived = Interlocked.Increment(ref _arrived);
        if (arrived == 1)
        {
            FirstArrival = Stopwatch.GetTimestamp();
        }

        if (arrived == _expected)
        {
            LastArrival = Stopwatch.GetTimestamp();
            _done.TrySetResult();
        }
    }

    public Task WaitAsync(TimeSpan timeout) => _done.Task.WaitAsync(timeout);
}
