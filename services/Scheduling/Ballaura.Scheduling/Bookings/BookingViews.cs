using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Bookings;

/// <summary>Bookings as staff and patients see them: therapist names, clinic-local times and "visit 5 of 12" on insurance visits.</summary>
public sealed class BookingViews(SchedulingDbContext db, BookingPlanner planner, ClinicCalendar calendar, IOptions<SchedulingOptions> options)
{
    public async Task<BookingResponse> OneAsync(Booking booking, CancellationToken cancellationToken) =>
        (await ManyAsync([booking], cancellationToken))[0];

    public async Task<List<BookingResponse>> ManyAsync(IReadOnlyList<Booking> bookings, CancellationToken cancellationToken)
    {
        var therapistIds = bookings.Select(b => b.TherapistId).Distinct().ToList();
        var names = await db.Therapists.AsNoTracking().Where(t => therapistIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var positions = new Dictionary<Guid, VisitPosition?>();
        foreach (var group in bookings.Where(b => b.CaseId is not null).GroupBy(b => b.CaseId!.Value))
        {
            var schedulingCase = await db.SchedulingCases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == group.Key, cancellationToken);
            var visits = await planner.VisitsHoldingPlaceAsync(group.Key, except: null, cancellationToken);
            foreach (var booking in group)
            {
                positions[booking.Id] = schedulingCase is null ? null : PositionOf(booking, schedulingCase, visits);
            }
        }

        return bookings.Select(b => BookingResponse.From(b, names.GetValueOrDefault(b.TherapistId), positions.GetValueOrDefault(b.Id), calendar.Describe(b.Start))).ToList();
    }

    /// <summary>A visit that holds its place is numbered among the prescription's visits by date; others show no number.</summary>
    private VisitPosition? PositionOf(Booking booking, Cases.SchedulingCase schedulingCase, List<CaseVisit> visits)
    {
        if (!booking.UsesVisit || booking.PrescriptionId is null || schedulingCase.PrescribedOn is not { } prescribedOn)
        {
            return null;
        }

        var onPrescription = visits.Where(v => v.PrescriptionId == booking.PrescriptionId).OrderBy(v => v.Start).ToList();
        var number = onPrescription.FindIndex(v => v.Start == booking.Start) + 1;
        var expiresOn = booking.PrescriptionId == schedulingCase.PrescriptionId
            ? schedulingCase.PrescriptionExpiresOn ?? prescribedOn.AddDays(options.Value.PrescriptionDefaultValidityDays)
            : calendar.DateOf(booking.Start);
        var prescribed = booking.PrescriptionId == schedulingCase.PrescriptionId ? schedulingCase.VisitsPrescribed : onPrescription.Count;
        return new VisitPosition(number, prescribed, expiresOn, expiresOn.DayNumber - calendar.Today.DayNumber, booking.AuthorizationNumber);
    }
}
