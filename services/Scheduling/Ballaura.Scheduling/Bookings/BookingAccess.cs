using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Bookings;

public static class BookingAccess
{
    /// <summary>
    /// The booking when the caller may see its patient (a patient only their own; another's is the same 404 as an
    /// unknown booking). The access is put on the audit log with the unit of work either way.
    /// </summary>
    public static async Task<Booking?> FindAsync(SchedulingDbContext db, Guid bookingId, Caller caller, IPhiAudit audit, string action, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        var outcome = booking is null ? PhiAccessOutcome.NotFound : caller.MaySeePatient(booking.PatientId) ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess(action, "booking", bookingId.ToString(), booking?.PatientId, outcome));
        return outcome == PhiAccessOutcome.Allowed ? booking : null;
    }

    public static IResult NotFound() =>
        TypedResults.Problem(title: "Unknown booking.", detail: "No booking with this id.", statusCode: StatusCodes.Status404NotFound);

    public static IResult WrongState(Booking booking, string wanted) =>
        TypedResults.Problem(title: $"The booking is {booking.Status}.", detail: wanted, statusCode: StatusCodes.Status409Conflict);

    /// <summary>Saves a change to a booking and shows it; a concurrent change to the same booking is a 409, nothing kept.</summary>
    public static async Task<IResult> SaveAndShowAsync(SchedulingDbContext db, Booking booking, BookingViews views, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile();
        }

        return TypedResults.Ok(await views.OneAsync(booking, cancellationToken));
    }

    public static IResult ChangedMeanwhile() =>
        TypedResults.Problem(title: "The booking changed meanwhile.", detail: "Someone else changed it first; reload and try again.", statusCode: StatusCodes.Status409Conflict);
}
