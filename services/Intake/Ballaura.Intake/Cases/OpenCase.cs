using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public sealed record OpenCaseRequest(string? FirstName, string? LastName, DateOnly? BirthDate, string? CoverageType);

public static class OpenCase
{
    public const int MaxNameLength = 100;

    public static RouteGroupBuilder MapOpenCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases", HandleAsync).WithName("OpenCase").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    /// <summary>
    /// Staff and the phone system open a case for a new patient record; a signed-in patient opens one on the
    /// patient record their account is linked to.
    /// </summary>
    internal static async Task<Results<Created<CaseResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        OpenCaseRequest request, HttpContext http, IntakeDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        if (caller.IsPatient && caller.PatientId is null)
        {
            return TypedResults.Problem(
                title: "The account is not linked to a patient record.",
                detail: "Sign up as a patient, or ask the clinic to link your account.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var errors = Validate(request, today, out var coverageType);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var patient = caller.PatientId is { } ownId && caller.IsPatient
            ? await db.Patients.FirstOrDefaultAsync(p => p.Id == ownId, cancellationToken)
                ?? Patient.RegisterAs(ownId, request.FirstName!.Trim(), request.LastName!.Trim(), request.BirthDate!.Value)
            : Patient.Register(request.FirstName!.Trim(), request.LastName!.Trim(), request.BirthDate!.Value);
        var insuranceCase = InsuranceCase.Open(patient, coverageType, now);
        db.Cases.Add(insuranceCase);
        outbox.Publish(new CaseOpened(insuranceCase.Id, patient.Id, coverageType, now));
        audit.Record(new PhiAccess("create", "case", insuranceCase.Id.ToString(), patient.Id, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/intake/cases/{insuranceCase.Id}", CaseResponse.From(insuranceCase));
    }

    private static RequestErrors Validate(OpenCaseRequest request, DateOnly today, out CoverageType coverageType)
    {
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.FirstName), "firstName", "The first name is required.")
            .Check((request.FirstName?.Trim().Length ?? 0) <= MaxNameLength, "firstName", $"The first name has at most {MaxNameLength} characters.")
            .Check(!string.IsNullOrWhiteSpace(request.LastName), "lastName", "The last name is required.")
            .Check((request.LastName?.Trim().Length ?? 0) <= MaxNameLength, "lastName", $"The last name has at most {MaxNameLength} characters.")
            .Check(request.BirthDate is not null, "birthDate", "The birth date is required (yyyy-mm-dd).")
            .Check(request.BirthDate is null || request.BirthDate <= today, "birthDate", "The birth date cannot be in the future.")
            .Check(request.BirthDate is null || request.BirthDate > today.AddYears(-130), "birthDate", "The birth date is more than 130 years ago.");

        var knownCoverage = Enum.TryParse(request.CoverageType, ignoreCase: true, out coverageType)
            && Enum.IsDefined(coverageType)
            && !int.TryParse(request.CoverageType, out _);
        errors.Check(knownCoverage, "coverageType",
            "The coverage type must be one of WorkersCompensation, PersonalInjuryProtection, MajorMedical (R1–R3).");
        return errors;
    }
}
