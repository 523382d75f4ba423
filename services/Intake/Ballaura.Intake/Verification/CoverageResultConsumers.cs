using Ballaura.Contracts.Eligibility;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Verification;

/// <summary>
/// Moves a case on when Eligibility has an answer (R7 → R8): verified cases wait for the signed paperwork, failed ones
/// for staff. Runs behind the inbox; an answer that no longer fits the case (its details changed since) is ignored.
/// </summary>
public sealed partial class CoverageResultConsumers(IntakeDbContext db, TimeProvider time, ILogger<CoverageResultConsumers> logger)
    : IConsumer<CoverageVerified>, IConsumer<CoverageNotVerified>, IConsumer<CoverageLapsed>
{
    public Task Consume(ConsumeContext<CoverageVerified> context) =>
        MoveAsync(context.Message.CaseId, [CaseStatus.Verified, CaseStatus.AwaitingSignature], context.CancellationToken);

    public Task Consume(ConsumeContext<CoverageNotVerified> context) =>
        MoveAsync(context.Message.CaseId, [CaseStatus.VerificationFailed], context.CancellationToken);

    public Task Consume(ConsumeContext<CoverageLapsed> context) =>
        MoveAsync(context.Message.CaseId, [CaseStatus.VerificationFailed], context.CancellationToken);

    private async Task MoveAsync(Guid caseId, CaseStatus[] steps, CancellationToken cancellationToken)
    {
        var insuranceCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (insuranceCase is null || !CaseTransitions.CanMove(insuranceCase.Status, steps[0]))
        {
            LogIgnored(caseId, insuranceCase?.Status.ToString() ?? "unknown", steps[0].ToString());
            return;
        }

        var now = time.GetUtcNow();
        foreach (var step in steps)
        {
            insuranceCase.MoveTo(step, now);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} is {Status}: the verification answer ({Answer}) no longer applies")]
    private partial void LogIgnored(Guid caseId, string status, string answer);
}
