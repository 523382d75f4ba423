namespace Ballaura.PayerSandbox.Faults;

/// <summary>The current fault settings (changeable at run time through /sandbox/faults) and the draw per request.</summary>
public sealed class FaultSwitchboard(FaultSettings initial)
{
    private volatile FaultSettings _settings = initial;

    public FaultSettings Settings => _settings;

    public void Replace(FaultSettings settings) => _settings = settings;

    public Fault Draw(string payerId)
    {
        var settings = _settings;
        if (settings.OutagePayers.Contains(payerId, StringComparer.OrdinalIgnoreCase))
        {
            return Fault.Outage;
        }

        var roll = Random.Shared.NextDouble();
        if ((roll -= settings.ServerErrorRate) < 0)
        {
            return Fault.ServerError;
        }

        if ((roll -= settings.UnavailableRate) < 0)
        {
            return Fault.ServiceUnavailable;
        }

        if ((roll -= settings.TimeoutRate) < 0)
        {
            return Fault.Timeout;
        }

        if ((roll -= settings.Aaa42Rate) < 0)
        {
            return Fault.Aaa42;
        }

        return roll - settings.DropRate < 0 ? Fault.Drop : Fault.None;
    }

    public TimeSpan Latency()
    {
        var settings = _settings;
        return TimeSpan.FromMilliseconds(settings.LatencyMilliseconds + Random.Shared.Next(Math.Max(0, settings.JitterMilliseconds) + 1));
    }
}
