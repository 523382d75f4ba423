using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Sending;
using Microsoft.Extensions.Options;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Preferences;

public sealed record PreferenceRequest(string? Channel, bool? SmsOptOut, bool? MarketingOptOut, TimeOnly? QuietStart, TimeOnly? QuietEnd);

public sealed record PreferenceResponse(Guid PatientId, string? Channel, bool SmsOptOut, bool MarketingOptOut, TimeOnly QuietStart, TimeOnly QuietEnd);

/// <summary>The patient's contact preferences: read and changed by the patient (or staff on their behalf); another patient gets a 404.</summary>
public static class PreferenceEndpoints
{
    public static RouteGroupBuilder MapPreferences(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/preferences", GetAsync).WithName("GetContactPreferences").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<PreferenceResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/patients/{patientId:guid}/preferences", PutAsync).WithName("UpdateContactPreferences").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<PreferenceResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> GetAsync(
        Guid patientId, HttpContext http, NotificationsDbContext db, IOptions<SendingOptions> defaults, IPhiAudit audit, CancellationToken cancellationToken)
    {
        if (await DeniedAsync(patientId, "read", http, db, audit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var preference = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.PatientId == patientId, cancellationToken) ?? ContactPreference.For(patientId, defaults.Value.QuietStart, defaults.Value.QuietEnd);
        return TypedResults.Ok(View(preference));
    }

    internal static async Task<IResult> PutAsync(
        Guid patientId, PreferenceRequest? request, HttpContext http, NotificationsDbContext db, IOptions<SendingOptions> defaults, IPhiAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        // Another patient's preferences are not there, whatever the body says.
        if (await DeniedAsync(patientId, "update", http, db, audit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var channel = request?.Channel is { } named && Enum.TryParse<Channel>(named, ignoreCase: true, out var parsed) && parsed is Channel.Email or Channel.Sms or Channel.Call
            ? parsed : (Channel?)null;
        var errors = new RequestErrors()
            .Check(request is not null, "body", "Send the preferences as JSON.")
            .Check(request?.Channel is null || channel is not null, "channel", "The channel is email, sms or call.")
            .Check(request?.SmsOptOut is not null, "smsOptOut", "Say whether text messages are refused (true after a STOP).")
            .Check((request?.QuietStart is null) == (request?.QuietEnd is null), "quietEnd", "Quiet hours have a start and an end, or neither.");
        if (errors.Any)
        {
            await db.SaveChangesAsync(cancellationToken);
            return errors.ToProblem();
        }

        var preference = await db.Preferences.FirstOrDefaultAsync(p => p.PatientId == patientId, cancellationToken);
        if (preference is null)
        {
            preference = ContactPreference.For(patientId, defaults.Value.QuietStart, defaults.Value.QuietEnd);
            db.Preferences.Add(preference);
        }

        preference.Update(channel, request!.SmsOptOut!.Value, request.MarketingOptOut ?? false,
            request.QuietStart ?? preference.QuietStart, request.QuietEnd ?? preference.QuietEnd, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(preference));
    }

    private static async Task<IResult?> DeniedAsync(Guid patientId, string action, HttpContext http, NotificationsDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var allowed = http.Caller().MaySeePatient(patientId);
        audit.Record(new PhiAccess(action, "contact-preferences", patientId.ToString(), patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        if (allowed)
        {
            return null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound);
    }

    private static PreferenceResponse View(ContactPreference p) =>
        new(p.PatientId, p.Channel?.ToString().ToLowerInvariant(), p.SmsOptOut, p.MarketingOptOut, p.QuietStart, p.QuietEnd);
}
