using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Security;

namespace Ballaura.Eligibility.Verifications;

public enum VerificationStatus
{
    /// <summary>The case is known (opened at intake) but not ready to verify yet.</summary>
    AwaitingIntake = 1,

    /// <summary>An inquiry is due at <see cref="CaseVerification.NextAttemptAt"/> (the payer is asked by the worker).</summary>
    Queued = 2,

    Verified = 3,

    /// <summary>The payer answered: not covered, inactive or not found. Staff or the patient must act.</summary>
    NotVerified = 4,

    /// <summary>Waits for a person: a PIP/L&amp;I claim to confirm with the adjuster, or an answer nobody can read automatically.</summary>
    NeedsReview = 5,
}

/// <summary>
/// Where one case's coverage verification stands (R7). Holds what the payer needs for a 270 (name, birth date, member
/// id: PHI, fetched from Intake by case id at each round, read by staff only and audited). The worker leases a queued verification before asking the payer, so two
/// replicas never ask twice; <see cref="NoResendBefore"/> keeps an unanswered inquiry from being resent within the
/// CAQH CORE window. Every state change goes through the methods below.
/// </summary>
public sealed class CaseVerification
{
    public Guid CaseId { get; private set; }
    public Guid? PatientId { get; private set; }
    public CoverageType CoverageType { get; private set; }
    public VerificationStatus Status { get; private set; }

    public string? PayerId { get; private set; }
    public string? PayerName { get; private set; }
    public string? MemberId { get; private set; }
    public string? GroupNumber { get; private set; }
    public string? FirstName { get; private set; }
    public string? LastName { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? ClaimNumber { get; private set; }
    public DateOnly? DateOfInjury { get; private set; }

    /// <summary>The visit date the next inquiry asks about (DTP*291), never the policy's date.</summary>
    public DateOnly? ServiceDate { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>An inquiry went out without an answer (timeout, dropped connection): the payer may still have it.</summary>
    public DateTimeOffset? NoResendBefore { get; private set; }

    /// <summary>Rounds (each one resilience pipeline run) since the case was last queued; drives backoff and review.</summary>
    public int Rounds { get; private set; }

    /// <summary>Every HTTP request sent to the payer for this case, retries included.</summary>
    public int PayerRequests { get; private set; }

    /// <summary>Shown on the manual review queue while set.</summary>
    public string? ReviewReason { get; private set; }

    /// <summary>The latest outcome in plain words (why not verified, why waiting).</summary>
    public string? Reason { get; private set; }
    public string? ReasonCode { get; private set; }
    public string? NextStep { get; private set; }

    public Guid? SnapshotId { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? TraceId { get; private set; }
    public int Version { get; private set; }

    private CaseVerification()
    {
    }

    public static CaseVerification Known(Guid caseId, CoverageType coverageType, DateTimeOffset now, string? traceId) => new()
    {
        CaseId = caseId,
        CoverageType = coverageType,
        Status = VerificationStatus.AwaitingIntake,
        UpdatedAt = now,
        TraceId = traceId,
    };

    public bool IsLeased(DateTimeOffset now) => LeaseUntil is { } lease && lease > now;

    public bool InReview => ReviewReason is not null;

    /// <summary>Intake says the case is ready: whose it is and of which coverage type.</summary>
    public void Ready(Guid patientId, CoverageType coverageType)
    {
        PatientId = patientId;
        CoverageType = coverageType;
    }

    /// <summary>The insured's details as Intake holds them now, read at the start of each round.</summary>
    public void TakeDetails(InsuredDetails details)
    {
        PayerId = details.PayerId;
        PayerName = details.PayerName;
        MemberId = details.MemberId;
        GroupNumber = details.GroupNumber;
        FirstName = details.FirstName;
        LastName = details.LastName;
        BirthDate = details.BirthDate;
        ClaimNumber = details.ClaimNumber;
        DateOfInjury = details.DateOfInjury;
    }

    /// <summary>
    /// Staff and the phone system see any case; a patient only their own — and a case intake has not made ready yet
    /// has no patient here, so only staff see it.
    /// </summary>
    public bool MayBeSeenBy(Caller caller) => caller.IsStaff || caller.IsPhoneSystem || (PatientId is { } patientId && caller.MaySeePatient(patientId));

    /// <summary>Intake has said the case is ready for verification.</summary>
    public bool IsReady => PatientId is not null;

    /// <summary>Asks the payer again (first time, staff "re-verify now", or a stale snapshot before a visit).</summary>
    public void Queue(DateOnly serviceDate, DateTimeOffset now, string reason)
    {
        Status = VerificationStatus.Queued;
        ServiceDate = serviceDate;
        // Never earlier than the CORE window of an inquiry that may still be answered.
        NextAttemptAt = NoResendBefore is { } notBefore && notBefore > now ? notBefore : now;
        Rounds = 0;
        Reason = reason;
        ReasonCode = null;
        NextStep = null;
        ReviewReason = null;
        Touch(now);
    }

    public void Lease(DateTimeOffset until, DateTimeOffset now)
    {
        LeaseUntil = until;
        Touch(now);
    }

    public void CountRound(int payerRequests, DateTimeOffset? noResendBefore)
    {
        Rounds++;
        PayerRequests += payerRequests;
        if (noResendBefore is not null)
        {
            NoResendBefore = noResendBefore;
        }
    }

    public void Verified(Guid? snapshotId, DateTimeOffset now, string? note)
    {
        Status = VerificationStatus.Verified;
        SnapshotId = snapshotId ?? SnapshotId;
        VerifiedAt = now;
        Reason = note;
        ReasonCode = null;
        NextStep = null;
        Settle(now);
    }

    public void NotVerified(string reasonCode, string reason, string nextStep, Guid? snapshotId, DateTimeOffset now)
    {
        Status = VerificationStatus.NotVerified;
        ReasonCode = reasonCode;
        Reason = reason;
        NextStep = nextStep;
        SnapshotId = snapshotId ?? SnapshotId;
        Settle(now);
        ReviewReason = reason;
    }

    public void NeedsReview(string reasonCode, string reason, string nextStep, DateTimeOffset now)
    {
        Status = VerificationStatus.NeedsReview;
        ReasonCode = reasonCode;
        Reason = reason;
        NextStep = nextStep;
        Settle(now);
        ReviewReason = reason;
    }

    /// <summary>
    /// The payer could not answer this round: ask again at <paramref name="at"/>. Returns true when the case has just
    /// joined the review queue (retries go on; staff now see it).
    /// </summary>
    public bool Reschedule(DateTimeOffset at, string reasonCode, string reason, int reviewAfterRounds, DateTimeOffset now)
    {
        Status = VerificationStatus.Queued;
        NextAttemptAt = at;
        LeaseUntil = null;
        ReasonCode = reasonCode;
        Reason = reason;
        NextStep = "Nothing to do: the payer is asked again automatically.";
        Touch(now);
        if (Rounds < reviewAfterRounds || InReview)
        {
            return false;
        }

        ReviewReason = $"The payer has not answered after {Rounds} tries: {reason}";
        return true;
    }

    private void Settle(DateTimeOffset now)
    {
        NextAttemptAt = null;
        LeaseUntil = null;
        ReviewReason = null;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
