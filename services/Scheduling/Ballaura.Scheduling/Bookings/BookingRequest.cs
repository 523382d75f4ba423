using Ballaura.Scheduling.Catalog;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Bookings;

/// <summary>A booking asked for: the insurance massage and its add-ons in one booking (R12), or non-insurance services alone.</summary>
public sealed record BookingRequest(Guid? PatientId, Guid? CaseId, Guid? TherapistId, Guid? RoomId, DateTimeOffset? Start, List<string>? Services);

public static class BookingRequestReader
{
    private const int MaxServices = 5;
    private static readonly TimeSpan BookingHorizon = TimeSpan.FromDays(366);

    /// <summary>Checks the request's shape (400 naming each broken field) and turns it into a draft.</summary>
    /// <param name="patientId">The patient the booking is for (a patient caller books only for themselves).</param>
    public static async Task<(BookingDraft? Draft, ValidationProblem? Problem)> ReadAsync(
        BookingRequest request, Guid patientId, Caller caller, Guid? replaces, SchedulingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var codes = request.Services ?? [];
        errors.Check(codes.Count is > 0 and <= MaxServices, "services", $"Name 1 to {MaxServices} services (e.g. insurance-massage-60 and its add-ons).")
            .Check(codes.Distinct(StringComparer.Ordinal).Count() == codes.Count, "services", "A service is named twice.")
            .Check(request.TherapistId is not null, "therapistId", "Choose a therapist.")
            .Check(request.Start is not null, "start", "Give the start time (an instant with its offset).");
        if (request.Start is { } start)
        {
            errors.Check(start > now, "start", "The start is in the past.")
                .Check(start <= now + BookingHorizon, "start", "Bookings open at most a year ahead.")
                .Check(SlotClaim.OnGrid(start), "start", $"Visits start on the quarter hour ({SlotClaim.SlotMinutes}-minute grid).");
        }

        var known = await db.Services.AsNoTracking().Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken);
        var unknown = codes.Where(c => known.All(s => s.Code != c)).ToList();
        errors.Check(unknown.Count == 0, "services", $"Unknown service(s): {string.Join(", ", unknown)}.");
        var insurance = known.Count(s => s.IsInsurance);
        // A patient asking for an insurance visit online hears R11 (call us) from the planner, not which field is missing.
        var channel = ChannelRules.ChannelOf(caller);
        errors.Check(insurance <= 1, "services", "One insurance visit per booking.")
            .Check(insurance == 0 || request.CaseId is not null || channel == BookingChannel.Web, "caseId", "An insurance visit is booked on the patient's insurance case: give its id.")
            .Check(insurance == 1 || request.CaseId is null, "caseId", "A case is given only with an insurance visit.");
        if (errors.Any)
        {
            return (null, errors.ToProblem());
        }

        // Insurance massage first, add-ons after it, in the order asked.
        var items = codes.Select(code => known.First(s => s.Code == code))
            .OrderBy(s => s.IsInsurance ? 0 : 1)
            .Select(s => new BookingItem(s.Code, s.Name, s.Minutes, s.Price, s.IsInsurance))
            .ToList();
        return (new BookingDraft(patientId, request.CaseId, request.TherapistId!.Value, request.RoomId, request.Start!.Value, items, channel, replaces), null);
    }
}
