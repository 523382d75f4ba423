using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Availability;

/// <summary>One therapist's free start times on one clinic-local day.</summary>
public sealed record TherapistDay(Guid TherapistId, string TherapistName, DateOnly Date, IReadOnlyList<DateTimeOffset> Starts);

/// <summary>
/// Free start times for a visit of a given length: within each therapist's working hours (clinic-local, DST-aware),
/// outside their time off, with the therapist free and at least one room free for every slot. Reads each table once for
/// the whole range; the database still decides when two callers pick the same time (R14).
/// </summary>
public sealed class AvailabilitySearch(SchedulingDbContext db, ClinicCalendar calendar)
{
    public async Task<List<TherapistDay>> FindAsync(DateOnly from, DateOnly to, int minutes, Guid? therapistId, Guid? patientId, CancellationToken cancellationToken)
    {
        var rangeStart = calendar.StartOfDay(from);
        var rangeEnd = calendar.StartOfDay(to.AddDays(1));
        var therapists = await db.Therapists.AsNoTracking().Include(t => t.Hours)
            .Where(t => t.Active && (therapistId == null || t.Id == therapistId)).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var roomCount = await db.Rooms.CountAsync(cancellationToken);
        var claims = await db.SlotClaims.AsNoTracking()
            .Where(c => c.SlotStart >= rangeStart && c.SlotStart < rangeEnd
                && (c.Resource == ClaimedResource.Therapist || c.Resource == ClaimedResource.Room || (c.Resource == ClaimedResource.Patient && c.ResourceId == patientId)))
            .Select(c => new { c.Resource, c.ResourceId, c.SlotStart })
            .ToListAsync(cancellationToken);
        var therapistBusy = claims.Where(c => c.Resource == ClaimedResource.Therapist).Select(c => (c.ResourceId, c.SlotStart)).ToHashSet();
        var roomsBusy = claims.Where(c => c.Resource == ClaimedResource.Room).GroupBy(c => c.SlotStart).ToDictionary(g => g.Key, g => g.Count());
        var patientBusy = claims.Where(c => c.Resource == ClaimedResource.Patient).Select(c => c.SlotStart).ToHashSet();
        var timeOff = await db.TimeOff.AsNoTracking().Where(t => t.Start < rangeEnd && rangeStart < t.End).ToListAsync(cancellationToken);

        var now = calendar.Now;
        var slots = minutes / SlotClaim.SlotMinutes;
        var result = new List<TherapistDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            foreach (var therapist in therapists)
            {
                var starts = new List<DateTimeOffset>();
                foreach (var hours in therapist.HoursOn(day.DayOfWeek))
                {
                    var closes = calendar.At(day, hours.End);
                    for (var start = calendar.At(day, hours.Start); start.AddMinutes(minutes) <= closes; start = start.AddMinutes(SlotClaim.SlotMinutes))
                    {
                        var end = start.AddMinutes(minutes);
                        var free = start > now
                            && !timeOff.Any(t => t.TherapistId == therapist.Id && t.Overlaps(start, end))
                            && Enumerable.Range(0, slots).Select(i => start.AddMinutes(i * SlotClaim.SlotMinutes)).All(slot =>
                                !therapistBusy.Contains((therapist.Id, slot)) && roomsBusy.GetValueOrDefault(slot) < roomCount && !patientBusy.Contains(slot));
                        if (free)
                        {
                            starts.Add(start);
                        }
                    }
                }

                if (starts.Count > 0)
                {
                    result.Add(new TherapistDay(therapist.Id, therapist.Name, day, starts));
                }
            }
        }

        return result;
    }
}
