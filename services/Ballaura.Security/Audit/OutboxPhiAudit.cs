using System.Diagnostics;
using Ballaura.Contracts.Audit;
using Ballaura.Messaging.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Ballaura.Security.Audit;

internal sealed class OutboxPhiAudit<TDbContext>(TDbContext db, IOutbox outbox, IHttpContextAccessor http, TimeProvider time, IHostEnvironment environment)
    : IPhiAudit where TDbContext : DbContext
{
    public async Task RecordNowAsync(PhiAccess access, CancellationToken cancellationToken)
    {
        Record(access);
        await db.SaveChangesAsync(cancellationToken);
    }

    public void Record(PhiAccess access)
    {
        var context = http.HttpContext;
        var caller = context is null ? null : Caller.From(context.User);
        outbox.Publish(new PhiAccessRecorded(
            EntryId: Guid.CreateVersion7(),
            OccurredAt: time.GetUtcNow(),
            Service: environment.ApplicationName,
            Actor: caller?.Subject ?? "system",
            ActorRoles: caller is null ? "" : string.Join(',', caller.Roles.Order(StringComparer.Ordinal)),
            ClientId: caller?.ClientId,
            Action: access.Action,
            Resource: access.Resource,
            ResourceId: access.ResourceId,
            PatientId: access.PatientId,
            Outcome: Describe(access.Outcome),
            SourceAddress: context?.Connection.RemoteIpAddress?.ToString(),
            TraceId: Activity.Current?.TraceId.ToString()));
    }

    private static string Describe(PhiAccessOutcome outcome) => outcome switch
    {
        PhiAccessOutcome.Allowed => "allowed",
        PhiAccessOutcome.Denied => "denied",
        PhiAccessOutcome.NotFound => "not-found",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
