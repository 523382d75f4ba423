using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Intake.Validation;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public sealed record ContactRequest(string? Name, string? Phone, string? Email);

/// <summary>The insurance details of a case; send the whole set each time (what is absent is cleared).</summary>
public sealed record InsuranceRequest(
    string? ClaimNumber,
    DateOnly? DateOfInjury,
    string? StateOfInjury,
    ContactRequest? Adjuster,
    ContactRequest? Attorney,
    string? MemberId,
    string? GroupNumber,
    bool? ClaimOnOwnPolicy,
    bool? InjuryReportApplicable,
    string? Employer = null);

/// <summary>
/// PUT /cases/{id}/insurance: the claim or card details (R1–R3). Fields that do not belong to the case's coverage
/// type are refused by name; a PIP claim on another driver's policy refuses the case (R21).
/// </summary>
public static class UpdateInsurance
{
    public static RouteGroupBuilder MapUpdateInsurance(this RouteGroupBuilder api)
    {
        api.MapPut("/cases/{caseId:guid}/insurance", HandleAsync).WithName("UpdateInsurance").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    internal static async Task<Results<Ok<CaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, InsuranceRequest request, HttpContext http, IntakeDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var insuranceCase = await db.Cases.Include(c => c.Patient).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var outcome = insuranceCase is null ? PhiAccessOutcome.NotFound
            : http.Caller().MaySeePatient(insuranceCase.PatientId) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("update", "case-insurance", caseId.ToString(), insuranceCase?.PatientId, outcome));
        if (outcome != PhiAccessOutcome.Allowed)
        {
            await SaveAuditOnlyAsync(db, cancellationToken);
            return TypedResults.NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var errors = Validate(request, insuranceCase!.CoverageType, insuranceCase.Patient.BirthDate, today);
        if (errors.Any)
        {
            await SaveAuditOnlyAsync(db, cancellationToken);
            return errors.ToProblem();
        }

        if (!CaseTransitions.IsOpen(insuranceCase.Status) || insuranceCase.Status is not (CaseStatus.Opened or CaseStatus.AwaitingDocuments or CaseStatus.VerificationFailed))
        {
            await SaveAuditOnlyAsync(db, cancellationToken);
            return TypedResults.Problem(
                title: "The insurance details of this case cannot be changed now.",
                detail: $"The case is {insuranceCase.Status}: details change before verification, or after it failed.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        insuranceCase.UpdateDetails(ToDetails(request), now);
        ProblemHttpResult? refused = null;
        if (insuranceCase.CoverageType == CoverageType.PersonalInjuryProtection && request.ClaimOnOwnPolicy == false)
        {
            const string reason = "The PIP claim is on another driver's policy: the clinic bills only PIP on the patient's own auto policy (R21).";
            insuranceCase.Refuse(reason, now);
            outbox.Publish(new CaseRefused(insuranceCase.Id, insuranceCase.PatientId, "R21", now));
            refused = TypedResults.Problem(title: "This PIP claim cannot be billed.", detail: reason, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var evidence = await CaseEvidenceQuery.ForAsync(db, insuranceCase, cancellationToken);
        if (refused is null)
        {
            CaseProgress.Advance(insuranceCase, evidence, outbox, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile("Reload the case and make your change again.");
        }

        return refused is null ? TypedResults.Ok(CaseResponse.From(insuranceCase, evidence)) : refused;
    }

    /// <summary>A refused request changes nothing (nothing was changed yet) but its audit entry is kept.</summary>
    private static Task SaveAuditOnlyAsync(IntakeDbContext db, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private static InsuranceDetails ToDetails(InsuranceRequest r) => new(
        FieldRules.Clean(r.ClaimNumber)?.ToUpperInvariant(),
        r.DateOfInjury,
        FieldRules.Clean(r.StateOfInjury)?.ToUpperInvariant(),
        ToContact(r.Adjuster),
        ToContact(r.Attorney),
        FieldRules.Clean(r.MemberId)?.ToUpperInvariant(),
        FieldRules.Clean(r.GroupNumber)?.ToUpperInvariant(),
        r.ClaimOnOwnPolicy,
        r.InjuryReportApplicable,
        FieldRules.Clean(r.Employer));

    private static Contact? ToContact(ContactRequest? c) => c is null ? null : new Contact(c.Name!.Trim(), FieldRules.Clean(c.Phone), FieldRules.Clean(c.Email));

    private static RequestErrors Validate(InsuranceRequest r, CoverageType coverage, DateOnly birthDate, DateOnly today)
    {
        var isMedical = coverage == CoverageType.MajorMedical;
        var isPip = coverage == CoverageType.PersonalInjuryProtection;
        var isLni = coverage == CoverageType.WorkersCompensation;
        var errors = new RequestErrors();

        // Fields of another coverage type: named, so a client sending the wrong form learns it at once.
        errors.Check(isMedical || FieldRules.Clean(r.MemberId) is null, "memberId", "A member id belongs to major medical cases only (R3).")
            .Check(isMedical || FieldRules.Clean(r.GroupNumber) is null, "groupNumber", "A group number belongs to major medical cases only (R3).")
            .Check(!isMedical || FieldRules.Clean(r.ClaimNumber) is null, "claimNumber", "A claim number belongs to L&I and PIP cases only (R1, R2).")
            .Check(!isMedical || r.DateOfInjury is null, "dateOfInjury", "A date of injury belongs to L&I and PIP cases only (R1, R2).")
            .Check(!isMedical || r.Adjuster is null, "adjuster", "An adjuster belongs to L&I and PIP cases only (R1, R2).")
            .Check(isPip || FieldRules.Clean(r.StateOfInjury) is null, "stateOfInjury", "The state of injury belongs to PIP cases only (R2).")
            .Check(isPip || r.Attorney is null, "attorney", "An attorney belongs to PIP cases only (R2).")
            .Check(isPip || r.ClaimOnOwnPolicy is null, "claimOnOwnPolicy", "Whose policy the claim is on belongs to PIP cases only (R21).")
            .Check(isLni || r.InjuryReportApplicable is null, "injuryReportApplicable", "The injury report belongs to L&I cases only (R1).")
            .Check(isLni || FieldRules.Clean(r.Employer) is null, "employer", "The employer belongs to L&I cases only (R1).")
            .Check(FieldRules.Clean(r.Employer) is not { } employer || FieldRules.IsOrganizationName(employer), "employer",
                "The employer's name has letters, digits, spaces and . , ' & ( ) - / only (at most 100).");

        if (FieldRules.Clean(r.MemberId) is { } memberId)
        {
            errors.Check(FieldRules.IsIdentifier(memberId), "memberId", "The member id has letters, digits and dashes only (at most 30), as printed on the card.");
        }

        if (FieldRules.Clean(r.GroupNumber) is { } group)
        {
            errors.Check(FieldRules.IsIdentifier(group), "groupNumber", "The group number has letters, digits and dashes only (at most 30).");
        }

        if (FieldRules.Clean(r.ClaimNumber) is { } claim)
        {
            errors.Check(!isLni || FieldRules.IsLniClaimNumber(claim.ToUpperInvariant()), "claimNumber",
                "An L&I claim number is one letter and six digits, or two letters and five digits (e.g. A123456, AB12345).");
            errors.Check(!isPip || FieldRules.IsIdentifier(claim), "claimNumber", "The claim number has letters, digits and dashes only (at most 30).");
        }

        if (r.DateOfInjury is { } injured)
        {
            errors.Check(injured <= today, "dateOfInjury", "The date of injury cannot be in the future.")
                .Check(injured >= birthDate, "dateOfInjury", "The date of injury cannot be before the patient's birth date.");
        }

        if (FieldRules.Clean(r.StateOfInjury) is { } state)
        {
            errors.Check(FieldRules.IsUsState(state.ToUpperInvariant()), "stateOfInjury", "The state of injury is a two-letter US state code (e.g. WA).");
        }

        CheckContact(errors, r.Adjuster, "adjuster");
        CheckContact(errors, r.Attorney, "attorney");
        return errors;
    }

    private static void CheckContact(RequestErrors errors, ContactRequest? contact, string field)
    {
        if (contact is null)
        {
            return;
        }

        errors.Check(FieldRules.IsName(contact.Name), $"{field}.name", "The name has letters, spaces, apostrophes, hyphens and periods only (at most 100).")
            .Check(FieldRules.Clean(contact.Phone) is not null || FieldRules.Clean(contact.Email) is not null, field, "Give a phone number or an e-mail address to reach them (R1, R2).")
            .Check(FieldRules.Clean(contact.Phone) is null || FieldRules.IsPhone(contact.Phone), $"{field}.phone", "The phone number has 10 to 15 digits.")
            .Check(FieldRules.Clean(contact.Email) is null || FieldRules.IsEmail(contact.Email!.Trim()), $"{field}.email", "The e-mail address is not valid.");
    }
}
