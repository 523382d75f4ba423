using Ballaura.Persistence;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.ServiceDefaults;
using Ballaura.X12.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Catalog;

public sealed record ServiceResponse(string Code, string Name, string Kind, int Minutes, decimal? Price, bool BookableOnline);

public sealed record HoursResponse(string Day, TimeOnly Start, TimeOnly End);

public sealed record TherapistResponse(Guid Id, string Name, string Npi, bool Active, IReadOnlyList<HoursResponse> Hours);

public sealed record HoursRequest(DayOfWeek? Day, TimeOnly? Start, TimeOnly? End);

public sealed record TherapistRequest(string? Name, string? Npi, List<HoursRequest>? Hours);

public sealed record RoomRequest(string? Name);

public sealed record TimeOffRequest(DateTimeOffset? Start, DateTimeOffset? End, string? Reason);

/// <summary>The clinic's services, rooms and therapists: read by anyone signed in, changed by the admin (hours, hiring) and front desk (time off).</summary>
public static class CatalogEndpoints
{
    private static readonly TimeSpan MaxTimeOff = TimeSpan.FromDays(90);

    public static RouteGroupBuilder MapCatalog(this RouteGroupBuilder api)
    {
        api.MapGet("/services", async (SchedulingDbContext db, CancellationToken ct) =>
            (await db.Services.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Minutes).ToListAsync(ct))
                .Select(s => new ServiceResponse(s.Code, s.Name, s.Kind.ToString(), s.Minutes, s.Price, !s.IsInsurance)).ToList())
            .WithName("ListServices").RequireAuthorization(BallauraPolicies.Authenticated);
        api.MapGet("/rooms", async (SchedulingDbContext db, CancellationToken ct) => await db.Rooms.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct))
            .WithName("ListRooms").RequireAuthorization(BallauraPolicies.StaffOrPhone);
        api.MapPost("/rooms", AddRoomAsync).WithName("AddRoom").RequireAuthorization(BallauraPolicies.Admin)
            .Produces<Room>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/therapists", async (SchedulingDbContext db, CancellationToken ct) =>
            (await db.Therapists.AsNoTracking().Include(t => t.Hours).Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(ct)).Select(ToResponse).ToList())
            .WithName("ListTherapists").RequireAuthorization(BallauraPolicies.Authenticated);
        api.MapPost("/therapists", HireAsync).WithName("HireTherapist").RequireAuthorization(BallauraPolicies.Admin)
            .Produces<TherapistResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapPut("/therapists/{therapistId:guid}/hours", SetHoursAsync).WithName("SetTherapistHours").RequireAuthorization(BallauraPolicies.Admin)
            .Produces<TherapistResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/therapists/{therapistId:guid}/time-off", AddTimeOffAsync).WithName("AddTimeOff").RequireAuthorization(BallauraPolicies.FrontDesk)
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    internal static async Task<IResult> HireAsync(TherapistRequest request, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(request.Name?.Trim() is { Length: > 1 and <= 100 }, "name", "The therapist's name (2 to 100 characters).")
            .Check(Npi.IsValid(request.Npi), "npi", "The NPI has 10 digits, starts with 1 or 2, and its last digit is the check digit.");
        CheckHours(errors, request.Hours);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var therapist = Therapist.Hire(Guid.CreateVersion7(), request.Name!.Trim(), request.Npi!);
        therapist.SetHours(request.Hours!.Select(h => (h.Day!.Value, h.Start!.Value, h.End!.Value)));
        db.Therapists.Add(therapist);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/therapists/{therapist.Id}", ToResponse(therapist));
    }

    internal static async Task<IResult> AddRoomAsync(RoomRequest request, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        var errors = new RequestErrors().Check(name is { Length: > 0 and <= 50 }, "name", "The room's name (at most 50 characters).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Rooms.AnyAsync(r => r.Name == name, cancellationToken))
        {
            return TypedResults.Problem(title: "A room has this name.", detail: $"There is already a room called {name}.", statusCode: StatusCodes.Status409Conflict);
        }

        var room = Room.Named(Guid.CreateVersion7(), name!);
        db.Rooms.Add(room);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return TypedResults.Problem(title: "A room has this name.", detail: $"There is already a room called {name}.", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/api/scheduling/rooms/{room.Id}", room);
    }

    /// <summary>New weekly hours apply to availability from now on; bookings already made stay where they are.</summary>
    internal static async Task<IResult> SetHoursAsync(Guid therapistId, List<HoursRequest>? hours, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var therapist = await db.Therapists.Include(t => t.Hours).FirstOrDefaultAsync(t => t.Id == therapistId, cancellationToken);
        if (therapist is null)
        {
            return TypedResults.Problem(title: "Unknown therapist.", statusCode: StatusCodes.Status404NotFound);
        }

        var errors = new RequestErrors();
        CheckHours(errors, hours);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        therapist.SetHours(hours!.Select(h => (h.Day!.Value, h.Start!.Value, h.End!.Value)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(therapist));
    }

    /// <summary>Time off cannot cover a visit already booked: move those first (a 409 lists them). It cannot be added
    /// over the therapist's existing time off either (the slots are held already).</summary>
    internal static async Task<IResult> AddTimeOffAsync(Guid therapistId, TimeOffRequest request, SchedulingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.Therapists.AnyAsync(t => t.Id == therapistId, cancellationToken))
        {
            return TypedResults.Problem(title: "Unknown therapist.", statusCode: StatusCodes.Status404NotFound);
        }

        var errors = new RequestErrors()
            .Check(request.Start is not null && request.End is not null && request.End > request.Start, "end", "Time off ends after it starts.")
            .Check(request.End is null || request.End > time.GetUtcNow(), "end", "Time off in the past changes nothing.")
            .Check(request.Start is null || request.End is null || request.End - request.Start <= MaxTimeOff, "end", $"At most {MaxTimeOff.TotalDays:0} days at a time.")
            .Check(request.Reason?.Trim() is { Length: > 0 and <= 200 }, "reason", "A short reason (at most 200 characters).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (start, end) = (request.Start!.Value, request.End!.Value);
        var clashes = await db.Bookings.AsNoTracking()
            .Where(b => b.TherapistId == therapistId && b.Start < end && start < b.End && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn))
            .Select(b => b.Id).ToListAsync(cancellationToken);
        if (clashes.Count > 0)
        {
            return TypedResults.Problem(title: "Visits are booked in that time.", detail: $"Reschedule or cancel them first: {string.Join(", ", clashes)}.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var timeOff = TimeOff.For(therapistId, start, end, request.Reason!.Trim());
        db.TimeOff.Add(timeOff);
        // The time off holds the therapist's slots like a booking: one made meanwhile makes this a 409, not an overlap.
        db.SlotClaims.AddRange(SlotClaim.For(timeOff));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return TypedResults.Problem(title: "The therapist's time is already held then.",
                detail: "A booking made meanwhile, or time off already entered, covers part of it: reschedule or cancel the booking first.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/api/scheduling/therapists/{therapistId}/time-off/{timeOff.Id}", new { timeOff.Id, timeOff.Start, timeOff.End, timeOff.Reason });
    }

    private static void CheckHours(RequestErrors errors, List<HoursRequest>? hours)
    {
        var list = hours ?? [];
        errors.Check(list.All(h => h.Day is not null && h.Start is not null && h.End is not null), "hours", "Each entry has day, start and end (HH:mm).")
            .Check(list.All(h => h.Start is not { } s || h.End is not { } e || e > s), "hours", "Hours end after they start.")
            .Check(list.All(h => h.Start is not { } s || h.End is not { } e || (s.Minute % 15 == 0 && e.Minute % 15 == 0)), "hours", "Hours start and end on the quarter hour.")
            .Check(!list.Where(h => h.Day is not null && h.Start is not null && h.End is not null).GroupBy(h => h.Day)
                .Any(g => g.OrderBy(h => h.Start).Zip(g.OrderBy(h => h.Start).Skip(1)).Any(p => p.Second.Start < p.First.End)), "hours", "Hours on the same day overlap.");
    }

    private static TherapistResponse ToResponse(Therapist therapist) => new(
        therapist.Id, therapist.Name, therapist.Npi, therapist.Active,
        therapist.Hours.OrderBy(h => h.Day).ThenBy(h => h.Start).Select(h => new HoursResponse(h.Day.ToString(), h.Start, h.End)).ToList());
}
