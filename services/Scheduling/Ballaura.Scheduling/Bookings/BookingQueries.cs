using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Bookings;

/// <summary>One booking; a day's schedule for staff; a patient's appointments (their own, for a patient).</summary>
public static class BookingQueries
{
    public static RouteGroupBuilder MapBookingQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/bookings/{bookingId:guid}", GetAsync).WithName("GetBooking").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<BookingResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/schedule", DayAsync).WithName("DaySchedule").RequireAuthorization(BallauraPolicies.Staff)
            .Produces<List<BookingResponse>>().ProducesValidationProblem();
        api.MapGet("/patients/{patientId:guid}/appointments", PatientAsync).WithName("PatientAppointments").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<List<BookingResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> GetAsync(Guid bookingId, HttpContext http, SchedulingDbContext db, BookingViews views, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var booking = await BookingAccess.FindAsync(db, bookingId, http.Caller(), audit, "read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return booking is null ? BookingAccess.NotFound() : TypedResults.Ok(await views.OneAsync(booking, cancellationToken));
    }

    /// <summary>The clinic's day (clinic-local date), optionally one therapist's, cancelled and moved bookings included for the front desk.</summary>
    internal static async Task<IResult> DayAsync(
        DateOnly? date, Guid? therapistId, SchedulingDbContext db, BookingViews views, ClinicCalendar calendar, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var day = date ?? calendar.Today;
        var from = calendar.StartOfDay(day);
        var to = calendar.StartOfDay(day.AddDays(1));
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.Start >= from && b.Start < to && (therapistId == null || b.TherapistId == therapistId))
            .OrderBy(b => b.Start)
            .ToListAsync(cancellationToken);
        audit.Record(new PhiAccess("list", "schedule", day.ToString("yyyy-MM-dd"), null, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await views.ManyAsync(bookings, cancellationToken));
    }

    /// <summary>Upcoming and past appointments, newest first; a patient sees only their own (another's is a 404).</summary>
    internal static async Task<IResult> PatientAsync(
        Guid patientId, HttpContext http, SchedulingDbContext db, BookingViews views, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var allowed = http.Caller().MaySeePatient(patientId);
        audit.Record(new PhiAccess("list", "appointments", patientId.ToString(), patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound);
        }

        var bookings = await db.Bookings.AsNoTracking().Where(b => b.PatientId == patientId).OrderByDescending(b => b.Start).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(await views.ManyAsync(bookings, cancellationToken));
    }
}
