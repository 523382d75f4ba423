using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Intake.Payers;
using Ballaura.Intake.Validation;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public sealed record AddressRequest(string? Line1, string? Line2, string? City, string? State, string? PostalCode);

/// <param name="PayerId">From the payer directory: required for major medical; L&amp;I and PIP use their directory entries.</param>
public sealed record OpenCaseRequest(
    string? FirstName,
    string? LastName,
    DateOnly? BirthDate,
    string? CoverageType,
    string? PayerId = null,
    string? Phone = null,
    string? Email = null,
    AddressRequest? Address = null,
    string? PreferredContact = null);

public static class OpenCase
{
    public const int MaxNameLength = FieldRules.MaxNameLength;

    /// <summary>The directory entry a case of this coverage type uses when the request names none.</summary>
    private static string? DefaultPayer(CoverageType coverageType) => coverageType switch
    {
        CoverageType.WorkersCompensation => "wa-lni",
        CoverageType.PersonalInjuryProtection => "auto-pip",
        _ => null,
    };

    public static RouteGroupBuilder MapOpenCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases", HandleAsync).WithName("OpenCase").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    /// <summary>
    /// Staff and the phone system open a case for a new patient record; a signed-in patient opens one on the
    /// patient record their account is linked to. A payer the clinic does not accept, or is not taking new
    /// clients for, is refused with that reason (R6).
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
        var errors = Validate(request, today, out var coverageType, out var preferred);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var payerId = string.IsNullOrWhiteSpace(request.PayerId) ? DefaultPayer(coverageType) : request.PayerId.Trim();
        var payer = payerId is null ? null : await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == payerId, cancellationToken);
        if (payer is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["payerId"] = [payerId is null ? "Choose the insurance company from the payer directory (R3)." : $"'{payerId}' is not in the payer directory."] },
                title: "The request has invalid fields.");
        }

        if (payer.RefusalForNewCase(coverageType) is { } refusal)
        {
            return TypedResults.Problem(title: "The clinic cannot open this case.", detail: refusal, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["rule"] = "R6", ["payerId"] = payer.Id });
        }

        var now = time.GetUtcNow();
        var patient = caller.PatientId is { } ownId && caller.IsPatient
            ? await db.Patients.FirstOrDefaultAsync(p => p.Id == ownId, cancellationToken)
                ?? Patient.RegisterAs(ownId, request.FirstName!.Trim(), request.LastName!.Trim(), request.BirthDate!.Value)
            : Patient.Register(request.FirstName!.Trim(), request.LastName!.Trim(), request.BirthDate!.Value);
        patient.UpdateContact(FieldRules.Clean(request.Phone), FieldRules.Clean(request.Email), ToAddress(request.Address), preferred);
        var insuranceCase = InsuranceCase.Open(patient, coverageType, payer, now);
        CaseProgress.Advance(insuranceCase, CaseEvidence.Nothing, outbox, now);
        db.Cases.Add(insuranceCase);
        outbox.Publish(new CaseOpened(insuranceCase.Id, patient.Id, coverageType, now));
        audit.Record(new PhiAccess("create", "case", insuranceCase.Id.ToString(), patient.Id, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/intake/cases/{insuranceCase.Id}", CaseResponse.From(insuranceCase, CaseEvidence.Nothing));
    }

    private static PostalAddress? ToAddress(AddressRequest? a) =>
        a is null ? null : new PostalAddress(a.Line1!.Trim(), FieldRules.Clean(a.Line2), a.City!.Trim(), a.State!.Trim().ToUpperInvariant(), a.PostalCode!.Trim());

    private static RequestErrors Validate(OpenCaseRequest request, DateOnly today, out CoverageType coverageType, out PreferredContact? preferred)
    {
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.FirstName), "firstName", "The first name is required.")
            .Check(string.IsNullOrWhiteSpace(request.FirstName) || FieldRules.IsName(request.FirstName), "firstName",
                $"The first name has letters, spaces, apostrophes, hyphens and periods only (at most {MaxNameLength}).")
            .Check(!string.IsNullOrWhiteSpace(request.LastName), "lastName", "The last name is required.")
            .Check(string.IsNullOrWhiteSpace(request.LastName) || FieldRules.IsName(request.LastName), "lastName",
                $"The last name has letters, spaces, apostrophes, hyphens and periods only (at most {MaxNameLength}).")
            .Check(request.BirthDate is not null, "birthDate", "The birth date is required (yyyy-mm-dd).")
            .Check(request.BirthDate is null || request.BirthDate <= today, "birthDate", "The birth date cannot be in the future.")
            .Check(request.BirthDate is null || request.BirthDate > today.AddYears(-130), "birthDate", "The birth date is more than 130 years ago.")
            .Check(FieldRules.Clean(request.Phone) is null || FieldRules.IsPhone(request.Phone), "phone", "The phone number has 10 to 15 digits.")
            .Check(FieldRules.Clean(request.Email) is null || FieldRules.IsEmail(request.Email!.Trim()), "email", "The e-mail address is not valid.")
            .Check(request.PayerId is null || request.PayerId.Length <= 40, "payerId", "The payer id has at most 40 characters.");

        var knownCoverage = Enum.TryParse(request.CoverageType, ignoreCase: true, out coverageType)
            && Enum.IsDefined(coverageType)
            && !int.TryParse(request.CoverageType, out _);
        errors.Check(knownCoverage, "coverageType",
            "The coverage type must be one of WorkersCompensation, PersonalInjuryProtection, MajorMedical (R1–R3).");

        preferred = null;
        if (FieldRules.Clean(request.PreferredContact) is { } contact)
        {
            var known = Enum.TryParse<PreferredContact>(contact, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(contact, out _);
            errors.Check(known, "preferredContact", "The preferred contact is Phone, Email or Sms.");
            preferred = known ? parsed : null;
            errors.Check(parsed != Cases.PreferredContact.Email || FieldRules.Clean(request.Email) is not null, "email", "An e-mail address is needed to be contacted by e-mail.")
                .Check(parsed is not (Cases.PreferredContact.Phone or Cases.PreferredContact.Sms) || FieldRules.Clean(request.Phone) is not null, "phone",
                    "A phone number is needed to be contacted by phone or text.");
        }

        if (request.Address is { } address)
        {
            errors.Check(!string.IsNullOrWhiteSpace(address.Line1) && address.Line1.Length <= 100, "address.line1", "The street address is required (at most 100 characters).")
                .Check(address.Line2 is null || address.Line2.Length <= 100, "address.line2", "At most 100 characters.")
                .Check(!string.IsNullOrWhiteSpace(address.City) && address.City.Length <= 60, "address.city", "The city is required (at most 60 characters).")
                .Check(FieldRules.IsUsState(address.State?.Trim().ToUpperInvariant()), "address.state", "The state is a two-letter US state code (e.g. WA).")
                .Check(address.PostalCode is not null && System.Text.RegularExpressions.Regex.IsMatch(address.PostalCode.Trim(), "^[0-9]{5}(-[0-9]{4})?$"),
                    "address.postalCode", "The ZIP code is 5 digits (or ZIP+4).");
        }

        return errors;
    }
}
