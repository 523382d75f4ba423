namespace Ballaura.Billing.Claims;

public enum ClaimStatus
{
    Draft = 1,
    Ready = 2,
    Submitted = 3,
    Accepted = 4,
    Rejected = 5,
    Paid = 6,
    PartiallyPaid = 7,
    Denied = 8,
    Void = 9,
}

/// <summary>One service line: a CPT code, its units (8-minute rule), the minutes behind them and the clinic's charge.</summary>
public sealed record ClaimLine(string Code, int Units, int Minutes, decimal UnitCharge, decimal Charge);

/// <summary>
/// A claim for one visit of an insurance case, built from <c>VisitCompleted</c>: its lines, the prescription its
/// diagnoses come from, the rendering therapist and the authorization. Starts as a draft; the 837P is written from it.
/// Rebills are counted (R19 waits for one before any automatic charge).
/// </summary>
public sealed class Claim
{
    private readonly List<ClaimLine> _lines = [];

    public Guid Id { get; private set; }

    /// <summary>The patient control number sent as CLM01 and returned in the 835's CLP01.</summary>
    public string ControlNumber { get; private set; } = "";

    public Guid CaseId { get; private set; }
    public Guid PatientId { get; private set; }
    public Guid BookingId { get; private set; }
    public Contracts.CoverageType CoverageType { get; private set; }
    public ClaimStatus Status { get; private set; }

    /// <summary>CLM05-3: 1 original, 7 replacement (rebill), 8 void.</summary>
    public int Frequency { get; private set; }

    public int RebillCount { get; private set; }
    public DateOnly DateOfService { get; private set; }
    public Guid? PrescriptionId { get; private set; }
    public Guid TherapistId { get; private set; }
    public string TherapistNpi { get; private set; } = "";
    public string TherapistName { get; private set; } = "";
    public string? AuthorizationNumber { get; private set; }
    public int? VisitNumber { get; private set; }
    public IReadOnlyList<ClaimLine> Lines => _lines;
    public decimal TotalCharge { get; private set; }

    /// <summary>Why the claim cannot go out as it is (staff fix it), e.g. no billable units.</summary>
    public string? Problem { get; private set; }

    /// <summary>The claim (or its rebill or void) waits to go into the next file to the clearinghouse.</summary>
    public bool SubmissionPending { get; private set; }

    /// <summary>What the last submission attempt found missing at intake (the claim waits; it is tried again).</summary>
    public string? Missing { get; private set; }

    /// <summary>The file the claim last went out in.</summary>
    public Guid? BatchId { get; private set; }

    /// <summary>The clearinghouse's or payer's last word on the claim (a 999 or 277CA rejection, in its words).</summary>
    public string? StatusNote { get; private set; }

    /// <summary>The copay the plan states (R16, from the case's latest CoverageVerified), due at the visit; the remittance's PR-3 is settled against it.</summary>
    public decimal? CopayDue { get; private set; }

    /// <summary>Optimistic concurrency: a claim changed by two hands at once keeps one change, the other is told.</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? FirstSubmittedAt { get; private set; }

    /// <summary>The payer's own number for the claim (CLP07): what a rebill or void refers to (REF*F8).</summary>
    public string? PayerClaimNumber { get; private set; }

    /// <summary>Totals posted from remittances (a reversal subtracts what it reverses).</summary>
    public decimal PaidTotal { get; private set; }

    public decimal PatientResponsibilityTotal { get; private set; }

    /// <summary>Contractual and other payer adjustments: what nobody will pay.</summary>
    public decimal WrittenOffTotal { get; private set; }

    /// <summary>The payer the claim was last submitted to (its clearinghouse id).</summary>
    public string? PayerId { get; private set; }

    /// <summary>What the payer's contract allows of the charge, when the clinic has a contract rate for it.</summary>
    public decimal? ContractAllowed { get; private set; }

    /// <summary>When a remittance should have come: after that, no payment is "payment missing".</summary>
    public DateTimeOffset? PaymentDueBy { get; private set; }

    /// <summary>Computed from the totals, never typed by hand.</summary>
    public string Reconciliation =>
        PaidTotal == 0m && PatientResponsibilityTotal == 0m && WrittenOffTotal == 0m ? "awaiting payment"
        : ContractAllowed is { } allowed && WrittenOffTotal > TotalCharge - allowed ? "write-off above contract"
        : PaidTotal + PatientResponsibilityTotal + WrittenOffTotal > TotalCharge ? "overpaid"
        : PaidTotal + PatientResponsibilityTotal + WrittenOffTotal < TotalCharge ? "partly settled"
        : "settled";

    /// <summary>The reconciliation at a moment: a submitted claim still awaiting payment past its due date is "payment missing".</summary>
    public string ReconciliationAt(DateTimeOffset now) =>
        Reconciliation == "awaiting payment" && PaymentDueBy < now && Status is ClaimStatus.Submitted or ClaimStatus.Accepted ? "payment missing" : Reconciliation;

    private Claim()
    {
    }

    /// <summary>A remittance's decision on the claim, posted (a reversal's amounts are negative).</summary>
    public void Posted(ClaimStatus status, string? payerClaimNumber, decimal paid, decimal patientResponsibility, decimal writtenOff)
    {
        Version++;
        // A void stays void: a reversal posted on it does not bring it back.
        Status = Status == ClaimStatus.Void ? ClaimStatus.Void : status;
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
        PaidTotal += paid;
        PatientResponsibilityTotal += patientResponsibility;
        WrittenOffTotal += writtenOff;
    }

    /// <summary>
    /// Sends the claim again as a replacement (frequency 7) for the payer's original, counting the rebill (R19 waits for
    /// one before any automatic charge). Only a claim the payer has decided on, and whose number it gave, can be replaced.
    /// </summary>
    public string? Rebill()
    {
        if (Status == ClaimStatus.Rejected && PayerClaimNumber is null)
        {
            // Returned before the payer took it in (999 or 277CA): corrected and sent again as an original, not a replacement.
            return Queue(ClaimStatus.Ready);
        }

        if (Status is not (ClaimStatus.Rejected or ClaimStatus.Denied or ClaimStatus.PartiallyPaid or ClaimStatus.Paid or ClaimStatus.Accepted))
        {
            return $"A {Status} claim has not been decided by the payer: there is nothing to replace yet.";
        }

        if (PayerClaimNumber is null)
        {
            return "The payer has not given its claim number (CLP07), which a replacement must name (REF*F8).";
        }

        Frequency = 7;
        RebillCount++;
        return Queue(ClaimStatus.Ready);
    }

    /// <summary>Withdraws the claim from the payer (frequency 8); nothing more is billed on it.</summary>
    public string? Void()
    {
        if (Status == ClaimStatus.Void)
        {
            return "The claim is already void.";
        }

        if (PayerClaimNumber is null)
        {
            return Status is ClaimStatus.Draft or ClaimStatus.Ready
                ? "The claim never reached the payer: fix the visit's record instead of voiding it."
                : "The payer has not given its claim number (CLP07), which a void must name (REF*F8).";
        }

        Frequency = 8;
        return Queue(ClaimStatus.Void);
    }

    public void Denied(string? payerClaimNumber)
    {
        Version++;
        Status = ClaimStatus.Denied;
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
    }

    /// <summary>The copay was put on the patient at the visit; the claim's first remittance settles it against its PR-3.</summary>
    public bool CopayOffsetPending { get; private set; }

    public void CopayAssigned(decimal copay)
    {
        Version++;
        CopayDue = copay;
        CopayOffsetPending = true;
    }

    /// <summary>
    /// The copay already on the patient, to take off the first remittance's patient share (R16: never owed twice). Once:
    /// a reversal and a new payment later move exactly what they say.
    /// </summary>
    public decimal TakeCopayOffset()
    {
        if (!CopayOffsetPending)
        {
            return 0m;
        }

        Version++;
        CopayOffsetPending = false;
        return CopayDue ?? 0m;
    }

    /// <summary>What Intake could not yet give for the claim's file: the claim waits and is tried again.</summary>
    public void WaitFor(string missing)
    {
        Version++;
        Missing = missing;
    }

    /// <summary>The claim went into a file for the clearinghouse (its state moves on when the 999 says the file was taken).</summary>
    public void Batched(Guid batchId, string payerId, decimal? contractRate)
    {
        Version++;
        PayerId = payerId;
        ContractAllowed = contractRate is { } rate ? Math.Round(TotalCharge * rate, 2, MidpointRounding.AwayFromZero) : null;
        SubmissionPending = false;
        Missing = null;
        BatchId = batchId;
        Status = Status == ClaimStatus.Draft ? ClaimStatus.Ready : Status;
    }

    /// <summary>The 999 accepted the file: the claim is with the payer.</summary>
    public void Submitted(DateTimeOffset at, TimeSpan paymentWindow)
    {
        Version++;
        FirstSubmittedAt ??= at;
        PaymentDueBy = at + paymentWindow;
        Status = Status == ClaimStatus.Ready ? ClaimStatus.Submitted : Status;
    }

    /// <summary>The clearinghouse (999) or the payer (277CA) returned the claim: staff correct it and send it again.</summary>
    public void Returned(string why)
    {
        Version++;
        StatusNote = why;
        Status = Status == ClaimStatus.Void ? ClaimStatus.Void : ClaimStatus.Rejected;
    }

    /// <summary>The payer's 277CA took the claim in for adjudication and gave its claim number.</summary>
    public void AcceptedByPayer(string? payerClaimNumber)
    {
        Version++;
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
        StatusNote = null;
        Status = Status == ClaimStatus.Submitted ? ClaimStatus.Accepted : Status;
    }

    private string? Queue(ClaimStatus status)
    {
        Version++;
        Status = status;
        SubmissionPending = true;
        StatusNote = null;
        return null;
    }

    public static Claim Draft(
        Guid caseId, Guid patientId, Guid bookingId, Contracts.CoverageType coverageType, DateOnly dateOfService, Guid? prescriptionId,
        Guid therapistId, string therapistNpi, string therapistName, string? authorizationNumber, int? visitNumber, IEnumerable<ClaimLine> lines, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        var claim = new Claim
        {
            Id = id,
            // The id's random part (its first 12 digits are the millisecond it was made in, shared by a burst of claims).
            ControlNumber = "BA" + id.ToString("N")[14..].ToUpperInvariant(),
            CaseId = caseId,
            PatientId = patientId,
            BookingId = bookingId,
            CoverageType = coverageType,
            Status = ClaimStatus.Draft,
            Frequency = 1,
            DateOfService = dateOfService,
            PrescriptionId = prescriptionId,
            TherapistId = therapistId,
            TherapistNpi = therapistNpi,
            TherapistName = therapistName,
            AuthorizationNumber = authorizationNumber,
            VisitNumber = visitNumber,
            CreatedAt = now,
        };
        claim._lines.AddRange(lines);
        claim.TotalCharge = claim._lines.Sum(l => l.Charge);
        claim.Problem = claim._lines.Count == 0 ? "No billable units: the session recorded fewer than 8 timed minutes."
            : claim._lines.FirstOrDefault(l => l.UnitCharge <= 0m) is { } unpriced ? $"No fee for {unpriced.Code} in the clinic's fee schedule."
            : null;
        claim.SubmissionPending = claim.Problem is null;
        return claim;
    }
}
