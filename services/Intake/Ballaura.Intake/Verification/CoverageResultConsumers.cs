using Ballaura.Contracts.Eligibility;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Verification;

/// <summary>
/// Moves a case on when Eligibility has an answer (R7 → R8): verified cases wait for the signed paperwork, failed ones
/// for staff. Runs behind the inbox; an answer that no longer fits the case (its details changed since) is ignored.
/// </summary>
public sealed partial class CoverageResultConsumers(IntakeDbContext db, IOutbox outbox, TimeProvider time, ILogger<CoverageResultConsumers> logger)
    : IConsumer<CoverageVerified>, IConsumer<CoverageNotVerified>, IConsumer<CoverageLapsed>
{
    public async Task Consume(ConsumeContext<CoverageVerified> context)
    {
        if (await CaseThatCanBecomeAsync(context.Message.CaseId, CaseStatus.Verified, context.CancellationToken) is { } insuranceCase)
        {
            var evidence = await CaseEvidenceQuery.ForAsync(db, insuranceCase, context.CancellationToken);
            CaseProgress.AfterVerification(insuranceCase, evidence, outbox, time.GetUtcNow());
        }
    }

    public Task Consume(ConsumeContext<CoverageNotVerified> context) => FailAsync(context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CoverageLapsed> context) => FailAsync(context.Message.CaseId, context.CancellationToken);

    private async Task FailAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await CaseThatCanBecomeAsync(caseId, CaseStatus.VerificationFailed, cancellationToken) is { } insuranceCase)
        {
            insuranceCase.MoveTo(CaseStatus.VerificationFailed, time.GetUtcNow());
        }
    }

    private async Task<InsuranceCase?> CaseThatCanBecomeAsync(Guid caseId, CaseStatus status, CancellationToken cancellationToken)
    {
        var insuranceCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (insuranceCase is not null && CaseTransitions.CanMove(insuranceCase.Status, status))
        {
            return insuranceCase;
        }

        LogIgnored(caseId, insuranceCase?.Status.ToString() ?? "unknown", status.ToString());
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} is {Status}: the verification answer ({Answer}) no longer applies")]
    private partial void LogIgnored(Guid caseId, string status, string answer);
}
