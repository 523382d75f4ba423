using Ballaura.PayerSandbox.Realtime;

namespace Ballaura.PayerSandbox.Faults;

/// <summary>
/// Test and benchmark controls of the sandbox (not part of a clearinghouse's API): read and replace the fault
/// settings, and list received inquiries. The sandbox is never exposed through the gateway.
/// </summary>
public static class SandboxControl
{
    public static WebApplication MapSandboxControl(this WebApplication app)
    {
        var control = app.MapGroup("/sandbox");
        control.MapGet("/faults", (FaultSwitchboard faults) => TypedResults.Ok(faults.Settings));
        control.MapPut("/faults", (FaultSettings settings, FaultSwitchboard faults) =>
        {
            faults.Replace(settings);
            return TypedResults.Ok(settings);
        });
        control.MapGet("/inquiries", (InquiryLog log, string? trace, string? memberId) => TypedResults.Ok(log.All
            .Where(i => trace is null || i.TraceNumber == trace)
            .Where(i => memberId is null || string.Equals(i.MemberId, memberId, StringComparison.OrdinalIgnoreCase))
            .ToList()));
        return app;
    }
}
