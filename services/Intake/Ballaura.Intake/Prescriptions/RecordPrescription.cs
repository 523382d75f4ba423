using Ballaura.Contracts.Intake;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Intake.Validation;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Ballaura.X12.Identifiers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Prescriptions;

public sealed record PrescriptionRequest(
    string? PrescriberName,
    string? PrescriberRole,
    string? PrescriberNpi,
    IReadOnlyList<string>? DiagnosisCodes,
    int? VisitsPrescribed,
    int? VisitsPerWeek,
    DateOnly? PrescribedOn,
    DateOnly? ExpiresOn);

public sealed record PrescriptionResponse(
    Guid Id, Guid CaseId, string PrescriberName, string PrescriberRole, string PrescriberNpi, IReadOnlyList<string> DiagnosisCodes,
    int VisitsPrescribed, int VisitsPerWeek, DateOnly PrescribedOn, DateOnly? ExpiresOn, DateTimeOffset RecordedAt, IReadOnlyList<string> Warnings)
{
    public static PrescriptionResponse From(Prescription p, IReadOnlyList<string> warnings) => new(
        p.Id, p.CaseId, p.PrescriberName, p.PrescriberRole.ToString(), p.PrescriberNpi, p.DiagnosisCodes, p.VisitsPrescribed, p.VisitsPerWeek,
        p.PrescribedOn, p.ExpiresOn, p.RecordedAt, warnings);
}

/// <summary>
/// Front desk records the prescription from the document the patient sent (R4). This is the only endpoint through
/// which a diagnosis code reaches a case. The bus hears the visits and dates, never the diagnoses.
/// </summary>
public static class RecordPrescription
{
    public const int MaxDiagnosisCodes = 12;

    public static RouteGroupBuilder MapPrescriptions(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/prescriptions", HandleAsync).WithName("RecordPrescription").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<Results<Created<PrescriptionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, PrescriptionRequest request, HttpContext http, IntakeDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var errors = Validate(request, today, out var role, out var codes);
        var insuranceCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        audit.Record(new PhiAccess("create", "prescription", caseId.ToString(), insuranceCase?.PatientId,
            insuranceCase is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (insuranceCase is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NotFound();
        }

        if (errors.Any)
        {
            await db.SaveChangesAsync(cancellationToken);
            return errors.ToProblem();
        }

        if (!CaseTransitions.IsOpen(insuranceCase.Status))
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Problem(title: "The case is closed.", detail: $"A {insuranceCase.Status} case takes no new prescription.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        var prescription = Prescription.Record(caseId, request.PrescriberName!.Trim(), role, request.PrescriberNpi!, codes, request.VisitsPrescribed!.Value,
            request.VisitsPerWeek!.Value, request.PrescribedOn!.Value, request.ExpiresOn, documentId: null, http.Caller().Subject, now);
        db.Prescriptions.Add(prescription);
        outbox.Publish(new PrescriptionRecorded(caseId, insuranceCase.PatientId, prescription.Id, prescription.VisitsPrescribed,
            prescription.VisitsPerWeek, prescription.PrescribedOn, prescription.ExpiresOn, now));
        var evidence = await CaseEvidenceQuery.ForAsync(db, insuranceCase, cancellationToken) with { Prescription = true };
        CaseProgress.Advance(insuranceCase, evidence, outbox, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile("Reload the case and record the prescription again.");
        }
        var warnings = codes.SelectMany(Icd10Code.Warnings).ToList();
        return TypedResults.Created($"/api/intake/cases/{caseId}/prescriptions/{prescription.Id}", PrescriptionResponse.From(prescription, warnings));
    }

    private static RequestErrors Validate(PrescriptionRequest r, DateOnly today, out PrescriberRole role, out List<string> codes)
    {
        var roleKnown = Enum.TryParse(r.PrescriberRole, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(r.PrescriberRole, out _);
        var errors = new RequestErrors()
            .Check(FieldRules.IsName(r.PrescriberName), "prescriberName", "The prescriber's name is required: letters, spaces, apostrophes, hyphens and periods.")
            .Check(roleKnown, "prescriberRole", "The prescriber is a Doctor or a Chiropractor (R4).")
            .Check(Npi.IsValid(r.PrescriberNpi), "prescriberNpi", "The NPI has 10 digits, starts with 1 or 2, and its last digit is the check digit (R4).")
            .Check(r.VisitsPrescribed is >= 1 and <= 60, "visitsPrescribed", "How many visits the prescription allows: 1 to 60 (R4).")
            .Check(r.VisitsPerWeek is >= 1 and <= 7, "visitsPerWeek", "How many visits a week: 1 to 7 (R4).")
            .Check(r.PrescribedOn is not null, "prescribedOn", "The prescription's date is required (R4).")
            .Check(r.PrescribedOn is null || r.PrescribedOn <= today, "prescribedOn", "The prescription's date cannot be in the future.")
            .Check(r.PrescribedOn is null || r.PrescribedOn >= today.AddYears(-1), "prescribedOn", "The prescription is more than a year old: ask for a current one.")
            .Check(r.ExpiresOn is null || r.PrescribedOn is null || r.ExpiresOn > r.PrescribedOn, "expiresOn", "The prescription must expire after it was written.")
            .Check(r.ExpiresOn is null || r.ExpiresOn >= today, "expiresOn", "The prescription has expired: ask the patient for a new one.")
            .Check(r.DiagnosisCodes is { Count: >= 1 and <= MaxDiagnosisCodes }, "diagnosisCodes",
                $"The prescription's ICD-10-CM diagnosis codes: 1 to {MaxDiagnosisCodes} (R4: a diagnosis comes only from a prescription).");

        codes = [];
        foreach (var (code, index) in (r.DiagnosisCodes ?? []).Select((c, i) => (c, i)))
        {
            var normalized = Icd10Code.Normalize(code);
            errors.Check(normalized is not null, $"diagnosisCodes[{index}]",
                $"'{Truncate(code)}' is not an ICD-10-CM code: a letter, a digit, then 1–5 letters or digits, the dot after the third (e.g. S13.4XXD).");
            if (normalized is not null)
            {
                errors.Check(!codes.Contains(normalized), $"diagnosisCodes[{index}]", $"{normalized} is listed twice.");
                codes.Add(normalized);
            }
        }

        return errors;
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 12 ? value : value[..12] + "…";
}
