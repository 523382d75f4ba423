namespace Ballaura.Web.Billing;

/// <summary>Billing's answers as the staff and patient pages read them (only the fields they show).</summary>
public sealed record ClaimLineView(string Code, int Units, int Minutes, decimal Charge);

public sealed record ClaimView(
    Guid Id, string ControlNumber, Guid CaseId, Guid PatientId, string CoverageType, string Status, int RebillCount, DateOnly DateOfService,
    IReadOnlyList<ClaimLineView> Lines, decimal TotalCharge, string? Problem, string? PayerClaimNumber, decimal PaidTotal,
    decimal PatientResponsibilityTotal, decimal WrittenOffTotal, string Reconciliation, bool SubmissionPending, string? Missing, string? StatusNote);

public sealed record ReceivedFileView(long Sequence, string Kind, DateTimeOffset ReceivedAt, string Outcome);

public sealed record WorkItemView(Guid Id, string Kind, string ControlNumber, string Explanation, DateTimeOffset CreatedAt);

public sealed record SubmissionPassView(int FilesSent, int ClaimsSubmitted, int ClaimsReturned, int ClaimsWaiting, IReadOnlyList<string> Errors);

public sealed record FileOutcomeView(long Sequence, string Kind, string Outcome);

public sealed record StatementLineView(DateTimeOffset PostedAt, Guid? CaseId, string Explanation, string Rule, decimal Amount, decimal RunningBalance);

public sealed record StatementView(Guid PatientId, decimal Balance, IReadOnlyList<StatementLineView> Lines);

public sealed record CardChargeView(Guid Id, string Basis, int Attempt, decimal Amount, string Status, string Rule, string Explanation, string? Reason, DateTimeOffset At);

public sealed record PlannedChargeView(string Basis, string Kind, decimal Amount, DateTimeOffset OwedSince, bool Due, string Rule, string Explanation, string? CardProblem);

public sealed record ChargesView(IReadOnlyList<CardChargeView> Charges, IReadOnlyList<PlannedChargeView> Balances);
