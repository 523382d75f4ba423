using System.Diagnostics.Metrics;

namespace Ballaura.Benchmarks.Messaging;

/// <summary>Listens to the inbox's group-size histogram: how many deliveries shared one SQLite transaction.</summary>
public sealed class InboxGroupSizes : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _groups;
    private long _deliveries;
    private int _largest;

    public InboxGroupSizes()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Ballaura.Messaging" && instrument.Name == "ballaura.inbox.group_size")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            Interlocked.Increment(ref _groups);
            Interlocked.Add(ref _deliveries, size);
            InterlockedMax(size);
        });
        _listener.Start();
    }

    public override string ToString() =>
        $"{Interlocked.Read(ref _groups):N0} inbox transactions, {(double)Interlocked.Read(ref _deliveries) / Math.Max(1, Interlocked.Read(ref _groups)):N1} deliveries each on average, largest {_largest}";

    private void InterlockedMax(int size)
    {
        int seen;
        while (size > (seen = _largest) && Interlocked.CompareExchange(ref _largest, size, seen) != seen)
        {
        }
    }

    public void Dispose() => _listener.Dispose();
}
