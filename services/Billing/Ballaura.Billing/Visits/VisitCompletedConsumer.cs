using System.Globalization;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Coding;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Contracts.Scheduling;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Billing.Visits;

/// <summary>
/// A completed visit becomes money, once (behind the inbox, and the claim's booking id is unique): an insurance visit's
/// minutes become CPT lines on a draft claim, owed by the payer; every non-insurance service performed — add-ons
/// included — is charged to the patient, each line saying what it is.
/// </summary>
public sealed class VisitCompletedConsumer(BillingDbContext db, IOptions<BillingOptions> options, TimeProvider time) : IConsumer<VisitCompleted>
{
    public async Task Consume(ConsumeContext<VisitCompleted> context)
    {
        var visit = context.Message;
        if (await db.Claims.AnyAsync(c => c.BookingId == visit.BookingId, context.CancellationToken)
            || await db.LedgerTransactions.AnyAsync(t => t.SourceKey == $"visit:{visit.BookingId}:self-pay", context.CancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (visit.CaseId is { } caseId && visit.CoverageType is { } coverage)
        {
            var fees = options.Value.FeeSchedule;
            var lines = CptCoding.Code(visit.Modalities.Select(m => (m.Modality, m.Minutes)), UnitMethod.TotalTime)
                .Select(l => new ClaimLine(l.Code, l.Units, l.Minutes, fees.GetValueOrDefault(l.Code), fees.GetValueOrDefault(l.Code) * l.Units))
                .ToList();
            var claim = Claim.Draft(caseId, visit.PatientId, visit.BookingId, coverage, visit.DateOfService, visit.PrescriptionId,
                visit.TherapistId, visit.TherapistNpi, visit.TherapistName, visit.AuthorizationNumber, visit.VisitNumber, lines, now);
            db.Claims.Add(claim);
            if (claim.TotalCharge > 0m)
            {
                db.LedgerTransactions.Add(LedgerTransaction.Post($"visit:{visit.BookingId}:claim", visit.PatientId, caseId,
                    $"Visit of {visit.DateOfService:yyyy-MM-dd}: {string.Join(", ", lines.Select(l => $"{l.Code} × {l.Units}"))}, billed to the payer on claim {claim.ControlNumber}.",
                    "R15 (minutes per modality), CPT 8-minute rule", now,
                    (LedgerAccount.PayerReceivable, claim.Id, claim.TotalCharge),
                    (LedgerAccount.ServiceRevenue, claim.Id, -claim.TotalCharge)));
                await VisitCopay.AssignAsync(db, claim, now, context.CancellationToken);
            }
        }

        var selfPay = visit.AddOns.Where(a => a.Price > 0m).ToList();
        if (selfPay.Count > 0)
        {
            var total = selfPay.Sum(a => a.Price);
            db.LedgerTransactions.Add(LedgerTransaction.Post($"visit:{visit.BookingId}:self-pay", visit.PatientId, visit.CaseId,
                $"Visit of {visit.DateOfService:yyyy-MM-dd}: {string.Join(", ", selfPay.Select(a => $"{a.Name} {a.Price.ToString("C", CultureInfo.GetCultureInfo("en-US"))}"))} — not insurance services, the patient's to pay.",
                "R12 (non-insurance services)", now,
                (LedgerAccount.PatientReceivable, null, total),
                (LedgerAccount.ServiceRevenue, null, -total)));
        }
    }
}
