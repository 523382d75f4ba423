using Ballaura.Contracts.Eligibility;
using Ballaura.Scheduling.Data;
using MassTransit;

namespace Ballaura.Scheduling.Cases;

// Each runs behind the inbox; coverage facts carry their own times, so a late-arriving older answer never wins.

public sealed class CoverageVerifiedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CoverageVerified>
{
    public async Task Consume(ConsumeContext<CoverageVerified> context)
    {
        var verified = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(verified.CaseId, verified.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.Verified(verified.VerifiedAt, verified.AuthorizationRequired, verified.VisitsRemaining);
    }
}

public sealed class CoverageNotVerifiedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CoverageNotVerified>
{
    public async Task Consume(ConsumeContext<CoverageNotVerified> context)
    {
        var notVerified = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(notVerified.CaseId, notVerified.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.NotCovered(notVerified.At, notVerified.Reason);
    }
}

public sealed class CoverageLapsedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CoverageLapsed>
{
    public async Task Consume(ConsumeContext<CoverageLapsed> context)
    {
        var lapsed = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(lapsed.CaseId, lapsed.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.NotCovered(lapsed.DetectedAt, lapsed.Reason);
    }
}

public sealed class AuthorizationRecordedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<AuthorizationRecorded>
{
    public async Task Consume(ConsumeContext<AuthorizationRecorded> context)
    {
        var recorded = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(recorded.CaseId, recorded.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.Authorized(CaseAuthorization.Of(recorded.AuthorizationId, recorded.CaseId, recorded.Number, recorded.VisitsAllowed, recorded.ValidFrom, recorded.ValidThrough));
    }
}
