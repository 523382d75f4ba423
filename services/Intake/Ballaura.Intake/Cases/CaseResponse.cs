using Ballaura.Intake.Documents;


namespace Ballaura.Intake.Cases;

public sealed record CaseResponse(
    Guid Id,
    Guid PatientId,
    string CoverageType,
    string? PayerId,
    string Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    InsuranceDetails Details,
    IReadOnlyList<MissingItem> Missing,
    string NextStep,
    string? RefusalReason,
    IReadOnlyList<DocumentResponse> Documents,
    PatientResponse? Patient = null)
{
    public static CaseResponse From(InsuranceCase c, CaseEvidence evidence, IReadOnlyList<DocumentResponse>? documents = null, Patient? patient = null)
    {
        var missing = MissingItems.For(c, evidence);
        return new(c.Id, c.PatientId, c.CoverageType.ToString(), c.PayerId, c.Status.ToString(), c.OpenedAt, c.UpdatedAt, c.Details,
            missing, MissingItems.NextStep(c, missing), c.RefusalReason, documents ?? [],
            patient is null ? null : PatientResponse.From(patient));
    }
}
