using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Availability;

public static class AvailabilityEndpoints
{
    private const int MaxDays = 62;

    public static RouteGroupBuilder MapAvailability(this RouteGroupBuilder api)
    {
        api.MapGet("/availability", HandleAsync).WithName("SearchAvailability").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<List<TherapistDay>>().ProducesValidationProblem();
        return api;
    }

    /// <param name="services">The services to fit, comma-separated (an insurance massage and its add-ons book as one block).</param>
    internal static async Task<IResult> HandleAsync(
        DateOnly? from, DateOnly? to, string? services, Guid? therapistId, Guid? patientId, HttpContext http,
        SchedulingDbContext db, AvailabilitySearch search, CancellationToken cancellationToken)
    {
        var codes = (services ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = await db.Services.AsNoTracking().Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken);
        var caller = http.Caller();
        var forPatient = caller.IsPatient ? caller.PatientId : patientId;
        var errors = new RequestErrors()
            .Check(from is not null, "from", "The first day to search (yyyy-MM-dd).")
            .Check(to is not null, "to", "The last day to search (yyyy-MM-dd).")
            .Check(from is null || to is null || (to >= from && to.Value.DayNumber - from.Value.DayNumber < MaxDays), "to", $"A range of 1 to {MaxDays} days, 'to' not before 'from'.")
            .Check(codes.Length > 0 && known.Count == codes.Length, "services", "Name the services to fit, e.g. insurance-massage-60,cupping.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await search.FindAsync(from!.Value, to!.Value, known.Sum(s => s.Minutes), therapistId, forPatient, cancellationToken));
    }
}
