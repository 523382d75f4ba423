using Ballaura.Billing.Cards;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Data;
using Ballaura.Billing.Intake;
using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Billing.Documents;

/// <summary>
/// The patient's documents as PDF: a superbill of their insurance visits (R20) and, for a PIP case, an invoice for the
/// carrier (R21). The patient and staff read them; another patient gets a 404. The insured's details and diagnoses come
/// from Intake, asked with Billing's own token.
/// </summary>
public static class DocumentEndpoints
{
    public const string PdfType = "application/pdf";

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/superbill", SuperbillAsync).WithName("Superbill").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces(StatusCodes.Status200OK, contentType: PdfType).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/cases/{caseId:guid}/pip-invoice", PipInvoiceAsync).WithName("PipInvoice").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces(StatusCodes.Status200OK, contentType: PdfType).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    /// <param name="year">The calendar year of the visits (this year when not given).</param>
    internal static async Task<IResult> SuperbillAsync(
        Guid patientId, int? year, HttpContext http, BillingDbContext db, IntakeClaimDetails intake, IOptions<ClinicProvider> clinic, IPhiAudit audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var allowed = http.Caller().MaySeePatient(patientId);
        audit.Record(new PhiAccess("read", "superbill", patientId.ToString(), patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var wanted = year ?? today.Year;
        var (from, to) = (new DateOnly(wanted, 1, 1), new DateOnly(wanted, 12, 31));
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.PatientId == patientId && c.Status != ClaimStatus.Void && c.DateOfService >= from && c.DateOfService <= to)
            .OrderBy(c => c.DateOfService).ToListAsync(cancellationToken);
        if (claims.Count == 0)
        {
            return TypedResults.Problem(title: "No insurance visits to put on a superbill.", detail: $"No visit in {wanted} was billed to insurance.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var read = await ReadAsync(claims, intake, cancellationToken);
        return read.Problem ?? TypedResults.File(Superbill.Render(clinic.Value, read.Patient!, read.Visits, today), PdfType, $"superbill-{wanted}.pdf");
    }

    internal static async Task<IResult> PipInvoiceAsync(
        Guid caseId, HttpContext http, BillingDbContext db, IntakeClaimDetails intake, IOptions<ClinicProvider> clinic, IPhiAudit audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var billingCase = await db.BillingCases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        var allowed = billingCase is not null && http.Caller().MaySeePatient(billingCase.PatientId);
        audit.Record(new PhiAccess("read", "pip-invoice", caseId.ToString(), billingCase?.PatientId,
            billingCase is null ? PhiAccessOutcome.NotFound : allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Unknown case.", statusCode: StatusCodes.Status404NotFound);
        }

        if (billingCase!.CoverageType != CoverageType.PersonalInjuryProtection)
        {
            return TypedResults.Problem(title: "Only a PIP case has a PIP invoice.",
                detail: "R21: the invoice is for auto carriers that reimburse the patient; for other plans, download the superbill.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var claims = await db.Claims.AsNoTracking().Where(c => c.CaseId == caseId && c.Status != ClaimStatus.Void).OrderBy(c => c.DateOfService).ToListAsync(cancellationToken);
        if (claims.Count == 0)
        {
            return TypedResults.Problem(title: "No visits on this case yet.", statusCode: StatusCodes.Status404NotFound);
        }

        var read = await ReadAsync(claims, intake, cancellationToken);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var details = read.Details!;
        var pip = new PipClaim(details.PayerName ?? "Auto insurance carrier", details.ClaimNumber ?? "not given", details.DateOfInjury, details.StateOfInjury);
        var paid = await PaidByPatientAsync(db, billingCase.PatientId, caseId, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return TypedResults.File(PipInvoice.Render(clinic.Value, read.Patient!, pip, read.Visits, paid, today), PdfType, $"pip-invoice-{pip.ClaimNumber}.pdf");
    }

    private sealed record ReadVisits(DocumentPatient? Patient, ClaimDetails? Details, List<DocumentVisit> Visits, IResult? Problem);

    /// <summary>Each claim with its prescription's details from Intake (asked once per prescription).</summary>
    private static async Task<ReadVisits> ReadAsync(List<Claim> claims, IntakeClaimDetails intake, CancellationToken cancellationToken)
    {
        var details = new Dictionary<(Guid, Guid), ClaimDetails?>();
        var visits = new List<DocumentVisit>();
        ClaimDetails? last = null;
        try
        {
            foreach (var claim in claims)
            {
                ClaimDetails? found = null;
                if (claim.PrescriptionId is { } prescriptionId && !details.TryGetValue((claim.CaseId, prescriptionId), out found))
                {
                    found = details[(claim.CaseId, prescriptionId)] = await intake.GetAsync(claim.CaseId, prescriptionId, cancellationToken);
                }

                last = found ?? last;
                visits.Add(new DocumentVisit(claim.DateOfService, claim.Lines, found?.DiagnosisCodes ?? [], claim.TherapistName, claim.TherapistNpi,
                    found?.PrescriberName ?? "not on file", found?.PrescriberNpi ?? "-", claim.TotalCharge, claim.PaidTotal,
                    claim.PatientResponsibilityTotal != 0m ? claim.PatientResponsibilityTotal : claim.CopayDue ?? 0m));
            }
        }
        catch (HttpRequestException)
        {
            return new ReadVisits(null, null, visits, TypedResults.Problem(title: "Intake did not answer.",
                detail: "The document needs the patient's details from Intake; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable));
        }

        if (last is null)
        {
            return new ReadVisits(null, null, visits, TypedResults.Problem(title: "The visits' prescription is not on file at intake (R4).", statusCode: StatusCodes.Status404NotFound));
        }

        var address = last.Address is { } a ? $"{a.Line1}{(a.Line2 is null ? "" : ", " + a.Line2)}, {a.City}, {a.State} {a.PostalCode}" : null;
        return new ReadVisits(new DocumentPatient($"{last.FirstName} {last.LastName}", last.BirthDate, address), last, visits, null);
    }

    /// <summary>What the patient paid (at the desk or by card) toward balances of this case.</summary>
    private static async Task<decimal> PaidByPatientAsync(BillingDbContext db, Guid patientId, Guid caseId, CancellationToken cancellationToken)
    {
        var payments = await db.LedgerTransactions.AsNoTracking().Include(t => t.Entries)
            .Where(t => t.PatientId == patientId && t.SourceKey.StartsWith(CardChargeRun.PaidPrefix)).ToListAsync(cancellationToken);
        var basisIds = payments.Select(p => Guid.TryParse(p.SourceKey.Replace(CardChargeRun.PaidPrefix + "ledger:", "", StringComparison.Ordinal), out var id) ? id : Guid.Empty).ToList();
        var ofCase = await db.LedgerTransactions.AsNoTracking().Where(t => basisIds.Contains(t.Id) && t.CaseId == caseId).Select(t => t.Id).ToListAsync(cancellationToken);
        return payments.Where((p, i) => ofCase.Contains(basisIds[i]))
            .Sum(p => p.Entries.Where(e => e.Account == Ledger.LedgerAccount.Cash).Sum(e => e.Amount));
    }
}
