using Ballaura.Contracts.Intake;
using Ballaura.Scheduling.Data;
using MassTransit;

namespace Ballaura.Scheduling.Cases;

// Each runs behind the inbox: a redelivered event changes nothing, and the facts keep their own times.

public sealed class CaseOpenedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public async Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(opened.CaseId, opened.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.Opened(opened.CoverageType, opened.OpenedAt);
    }
}

public sealed class PrescriptionRecordedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<PrescriptionRecorded>
{
    public async Task Consume(ConsumeContext<PrescriptionRecorded> context)
    {
        var recorded = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(recorded.CaseId, recorded.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.Prescribed(recorded.PrescriptionId, recorded.VisitsPrescribed, recorded.VisitsPerWeek, recorded.PrescribedOn, recorded.ExpiresOn, recorded.RecordedAt);
    }
}

public sealed class PaperworkSignedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<PaperworkSigned>
{
    public async Task Consume(ConsumeContext<PaperworkSigned> context)
    {
        var signed = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(signed.CaseId, signed.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.PaperworkSigned(signed.SignedAt);
    }
}

public sealed class CaseRefusedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CaseRefused>
{
    public async Task Consume(ConsumeContext<CaseRefused> context)
    {
        var refused = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(refused.CaseId, refused.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.Close(refused.At, $"Refused at intake ({refused.Rule}).");
    }
}

public sealed class CaseClosedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CaseClosed>
{
    public async Task Consume(ConsumeContext<CaseClosed> context)
    {
        var closed = context.Message;
        var schedulingCase = await db.FindOrKnowAsync(closed.CaseId, closed.PatientId, time.GetUtcNow(), context.CancellationToken);
        schedulingCase.Close(closed.At, "Closed by the clinic.");
    }
}
