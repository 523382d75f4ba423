using Ballaura.Contracts.Eligibility;
using Ballaura.Eligibility.Benefits;
using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Exchanges;
using Ballaura.Contracts.Intake;
using Ballaura.Eligibility.Intake;
using Ballaura.Eligibility.Payers;
using Ballaura.Eligibility.Verifications;
using Ballaura.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ballaura.Eligibility.Processing;

/// <summary>
/// One round for one leased case: send the 270 through the payer pipeline (outside any transaction), then in one
/// SaveChanges record every exchange, the snapshot, the case's new state and the events others must hear.
/// </summary>
public sealed partial class VerificationRound(
    EligibilityDbContext db,
    IntakeClient intake,
    PayerGateway payers,
    IOutbox outbox,
    IOptions<VerificationOptions> verificationOptions,
    IOptions<PayerOptions> payerOptions,
    EligibilityTelemetry telemetry,
    TimeProvider time,
    ILogger<VerificationRound> logger)
{
    public async Task RunAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var verification = await db.Verifications.SingleAsync(v => v.CaseId == caseId, cancellationToken);
        var options = verificationOptions.Value;
        if (await ReadDetailsAsync(verification, cancellationToken) is { } notAskable)
        {
            // A round all the same: its backoff grows, and a long intake outage reaches the review queue.
            verification.CountRound(payerRequests: 0, noResendBefore: null);
            Apply(verification, notAskable, exchangeId: null, time.GetUtcNow());
            telemetry.Outcome(notAskable is RoundOutcome.Reschedule ? "rescheduled" : "review", notAskable.Code);
            await SaveAsync(caseId, [], notAskable, cancellationToken);
            return;
        }

        var (inquiry, request270) = InquiryBuilder.Build(verification, options, time.GetUtcNow());

        var call = await payers.AskAsync(verification.PayerId!, request270, cancellationToken);

        var now = time.GetUtcNow();
        var outcome = RoundDecision.Decide(call, inquiry.Reference, inquiry.TraceNumber, verification.Rounds + 1, payerOptions.Value, options, now);
        var exchanges = call.Attempts.Select(a => PayerExchange.Record(
            caseId, verification.PayerId!, inquiry.TraceNumber, a.SentAt, a.Duration, request270, a.Body, a.HttpStatus, a.Outcome)).ToList();
        db.Exchanges.AddRange(exchanges);
        verification.CountRound(call.Attempts.Count, outcome.NoResendBefore);
        Apply(verification, outcome, exchanges.LastOrDefault()?.Id, now);
        telemetry.Outcome(outcome is RoundOutcome.Reschedule ? "rescheduled" : outcome is RoundOutcome.Verified ? "verified" : outcome is RoundOutcome.Review ? "review" : "not-verified", outcome.Code);
        LogRound(caseId, verification.PayerId!, call.Attempts.Count, outcome.Code);
        await SaveAsync(caseId, exchanges, outcome, cancellationToken);
    }

    /// <summary>
    /// Reads the insured's details from Intake (they never travel on the bus). Null when the payer can be asked;
    /// otherwise why not: Intake unreachable (asked again later) or the details incomplete (staff).
    /// </summary>
    private async Task<RoundOutcome?> ReadDetailsAsync(CaseVerification verification, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        InsuredDetails? details;
        try
        {
            details = await intake.GetDetailsAsync(verification.CaseId, cancellationToken);
        }
        catch (Exception unavailable) when (unavailable is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            return new RoundOutcome.Reschedule(now + RoundDecision.Backoff(verification.Rounds + 1, verificationOptions.Value), "intake-unavailable",
                "The insured's details could not be read from intake just now; asked again shortly.");
        }

        if (details is null)
        {
            return new RoundOutcome.Review("case-unknown", "Intake has no such case.", "Check the case at intake.");
        }

        verification.TakeDetails(details);
        return verification.PayerId is null || verification.MemberId is null
            ? new RoundOutcome.Review("missing-details", "The payer or the member id is missing: the payer cannot be asked.", "Complete the insurance card details at intake.")
            : null;
    }

    private async Task SaveAsync(Guid caseId, List<PayerExchange> exchanges, RoundOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The case changed while the payer was asked (intake sent new details): that change wins and the case is
            // asked again; this round is kept as exchanges, and its lease released — but not before an inquiry that
            // may still be answered is out of the CORE window.
            db.ChangeTracker.Clear();
            db.Exchanges.AddRange(exchanges);
            await db.SaveChangesAsync(cancellationToken);
            var noResendBefore = outcome.NoResendBefore;
            await db.Verifications.Where(v => v.CaseId == caseId).ExecuteUpdateAsync(set => set
                .SetProperty(v => v.LeaseUntil, noResendBefore)
                .SetProperty(v => v.NoResendBefore, v => noResendBefore ?? v.NoResendBefore)
                .SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
            LogSuperseded(caseId);
        }
    }

    private void Apply(CaseVerification verification, RoundOutcome outcome, Guid? exchangeId, DateTimeOffset now)
    {
        var patientId = verification.PatientId!.Value;
        var wasVerified = verification.Status == VerificationStatus.Verified || verification.VerifiedAt is not null;
        switch (outcome)
        {
            case RoundOutcome.Verified verified:
                var snapshot = BenefitsSnapshot.Take(verification.CaseId, exchangeId!.Value, verification.ServiceDate!.Value, verified.Summary, now);
                db.Snapshots.Add(snapshot);
                verification.Verified(snapshot.Id, now, verified.Note);
                outbox.Publish(new CoverageVerified(verification.CaseId, patientId, snapshot.Id, now, snapshot.ServiceDate,
                    snapshot.FellBackToHealthPlan, snapshot.AuthorizationRequired, snapshot.VisitsRemaining, snapshot.Copay));
                break;
            case RoundOutcome.NotVerified notVerified:
                Guid? snapshotId = null;
                if (notVerified.Summary is { } summary)
                {
                    var kept = BenefitsSnapshot.Take(verification.CaseId, exchangeId!.Value, verification.ServiceDate!.Value, summary, now);
                    db.Snapshots.Add(kept);
                    snapshotId = kept.Id;
                }

                verification.NotVerified(notVerified.ReasonCode, notVerified.Reason, notVerified.NextStep, snapshotId, now);
                outbox.Publish(new CoverageNotVerified(verification.CaseId, patientId, now, notVerified.ReasonCode, notVerified.Reason, notVerified.NextStep));
                if (wasVerified)
                {
                    outbox.Publish(new CoverageLapsed(verification.CaseId, patientId, now, notVerified.Reason));
                }

                break;
            case RoundOutcome.Review review:
                verification.NeedsReview(review.ReasonCode, review.Reason, review.NextStep, now);
                outbox.Publish(new VerificationNeedsReview(verification.CaseId, patientId, now, review.Reason));
                break;
            case RoundOutcome.Reschedule reschedule:
                if (verification.Reschedule(reschedule.At, reschedule.ReasonCode, reschedule.Reason, verificationOptions.Value.ReviewAfterRounds, now))
                {
                    outbox.Publish(new VerificationNeedsReview(verification.CaseId, patientId, now, verification.ReviewReason!));
                }

                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification round for case {CaseId} at payer {PayerId}: {Requests} request(s), {Outcome}")]
    private partial void LogRound(Guid caseId, string payerId, int requests, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification round for case {CaseId} superseded by a change made meanwhile; exchanges kept")]
    private partial void LogSuperseded(Guid caseId);
}
