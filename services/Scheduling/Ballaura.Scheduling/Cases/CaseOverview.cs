using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Cases;

/// <summary>
/// A case as the booking screen and a call show it: how many visits are held of how many prescribed, when the
/// prescription expires, the next appointment, and what (if anything) stops the next booking — with its rule.
/// </summary>
public sealed record CaseOverview(
    Guid CaseId,
    Guid PatientId,
    string? CoverageType,
    DateTimeOffset? OpenedAt,
    DateTimeOffset RecordedAt,
    string? TraceId,
    bool Verified,
    bool PaperworkSigned,
    bool CardOnFile,
    bool Closed,
    int VisitsHeld,
    int VisitsPrescribed,
    DateOnly? PrescriptionExpiresOn,
    string Visits,
    DateTimeOffset? NextAppointment,
    string? BlockedBy,
    string? BlockedRule);

public sealed class CaseOverviews(SchedulingDbContext db, BookingPlanner planner, ClinicCalendar calendar, IOptions<SchedulingOptions> options)
{
    public async Task<CaseOverview?> ForAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var schedulingCase = await db.SchedulingCases.AsNoTracking().Include(c => c.Authorizations).FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        return schedulingCase is null ? null : await ForAsync(schedulingCase, cancellationToken);
    }

    public async Task<CaseOverview> ForAsync(SchedulingCase schedulingCase, CancellationToken cancellationToken)
    {
        var card = await db.Cards.AsNoTracking().FirstOrDefaultAsync(c => c.PatientId == schedulingCase.PatientId, cancellationToken);
        var visits = await planner.VisitsHoldingPlaceAsync(schedulingCase.CaseId, except: null, cancellationToken);
        var now = calendar.Now;
        var held = visits.Count(v => v.PrescriptionId == schedulingCase.PrescriptionId && schedulingCase.PrescriptionId is not null);
        var expiresOn = schedulingCase.PrescriptionExpiresOn ?? schedulingCase.PrescribedOn?.AddDays(options.Value.PrescriptionDefaultValidityDays);
        var (position, refusal) = InsuranceVisitRules.Check(schedulingCase, card, visits, calendar.Today.AddDays(1), calendar.Today, calendar.WeekOf,
            options.Value.PrescriptionDefaultValidityDays);
        return new CaseOverview(
            schedulingCase.CaseId,
            schedulingCase.PatientId,
            schedulingCase.CoverageType?.ToString(),
            schedulingCase.OpenedAt,
            schedulingCase.RecordedAt,
            schedulingCase.TraceId,
            schedulingCase.IsCovered,
            schedulingCase.PaperworkSignedAt is not null,
            card is not null,
            schedulingCase.IsClosed,
            held,
            schedulingCase.VisitsPrescribed,
            expiresOn,
            Describe(schedulingCase, held, expiresOn),
            visits.Where(v => v.Start > now).Select(v => (DateTimeOffset?)v.Start).Min(),
            refusal?.Title,
            refusal?.Rule);
    }

    /// <summary>"visit 5 of 12 next, prescription expires in 9 days" — or that every prescribed visit is held. Never "13 of 12".</summary>
    private string Describe(SchedulingCase schedulingCase, int held, DateOnly? expiresOn)
    {
        if (schedulingCase.PrescriptionId is null || expiresOn is not { } expiry)
        {
            return "no prescription yet";
        }

        var expiryWords = VisitPosition.ExpiryWords(expiry.DayNumber - calendar.Today.DayNumber);
        return held >= schedulingCase.VisitsPrescribed
            ? $"all {schedulingCase.VisitsPrescribed} prescribed visits booked or used, {expiryWords}"
            : $"visit {held + 1} of {schedulingCase.VisitsPrescribed} next, {expiryWords}";
    }
}
