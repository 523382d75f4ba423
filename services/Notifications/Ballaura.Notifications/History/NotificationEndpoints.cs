using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.History;

public sealed record NotificationView(
    Guid Id, Guid PatientId, string Kind, string Status, string? Channel, string? Subject, string? Body, string? Note, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? DeliveredAt)
{
    public static NotificationView From(Notification n) => new(n.Id, n.PatientId, n.Kind.ToString(), n.Status.ToString(), n.Channel?.ToString(), n.Subject, n.Body,
        n.Note, n.Attempts, n.LastError, n.CreatedAt, n.SentAt, n.DeliveredAt);
}

/// <summary>
/// A patient's history (what was sent, when, by which channel, delivered or not), the dead-letter list staff resend
/// from, and the call tasks the front desk works through when nothing else reaches a patient.
/// </summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/notifications", HistoryAsync).WithName("NotificationHistory").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<List<NotificationView>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/dead-letters", (NotificationsDbContext db, IPhiAudit audit, CancellationToken ct) => ListAsync(db, audit, NotificationStatus.DeadLettered, null, ct))
            .WithName("DeadLetters").RequireAuthorization(BallauraPolicies.FrontDesk).Produces<List<NotificationView>>();
        api.MapPost("/messages/{notificationId:guid}/resend", ResendAsync).WithName("ResendNotification").RequireAuthorization(BallauraPolicies.FrontDesk)
            .Produces<NotificationView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/call-tasks", (NotificationsDbContext db, IPhiAudit audit, CancellationToken ct) => ListAsync(db, audit, NotificationStatus.Sent, Channel.Call, ct))
            .WithName("NotificationCallTasks").RequireAuthorization(BallauraPolicies.StaffOrPhone).Produces<List<NotificationView>>();
        api.MapPost("/messages/{notificationId:guid}/called", CalledAsync).WithName("NotificationCalled").RequireAuthorization(BallauraPolicies.StaffOrPhone)
            .Produces<NotificationView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    internal static async Task<IResult> HistoryAsync(Guid patientId, HttpContext http, NotificationsDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var allowed = http.Caller().MaySeePatient(patientId);
        audit.Record(new PhiAccess("read", "notification-history", patientId.ToString(), patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound);
        }

        var history = await db.Notifications.AsNoTracking().Where(n => n.PatientId == patientId).OrderByDescending(n => n.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(history.Select(NotificationView.From).ToList());
    }

    private static async Task<IResult> ListAsync(NotificationsDbContext db, IPhiAudit audit, NotificationStatus status, Channel? channel, CancellationToken cancellationToken)
    {
        var found = await db.Notifications.AsNoTracking().Where(n => n.Status == status && (channel == null || n.Channel == channel))
            .OrderBy(n => n.CreatedAt).Take(200).ToListAsync(cancellationToken);
        audit.Record(new PhiAccess("list", channel == Channel.Call ? "notification-call-tasks" : "dead-letters", null, null, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(found.Select(NotificationView.From).ToList());
    }

    internal static Task<IResult> ResendAsync(Guid notificationId, NotificationsDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(notificationId, n => n.Resend(time.GetUtcNow()), db, audit, cancellationToken);

    internal static Task<IResult> CalledAsync(Guid notificationId, NotificationsDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(notificationId, n =>
        {
            if (n.Channel != Channel.Call || n.Status != NotificationStatus.Sent)
            {
                return "Only an open call task can be marked as called.";
            }

            n.Delivered(time.GetUtcNow());
            return null;
        }, db, audit, cancellationToken);

    private static async Task<IResult> ChangeAsync(Guid id, Func<Notification, string?> change, NotificationsDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        audit.Record(new PhiAccess("update", "notification", id.ToString(), notification?.PatientId, notification is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        var refusal = notification is null ? null : change(notification);
        await db.SaveChangesAsync(cancellationToken);
        return notification is null ? TypedResults.Problem(title: "Unknown notification.", statusCode: StatusCodes.Status404NotFound)
            : refusal is not null ? TypedResults.Problem(title: "The notification cannot be changed that way.", detail: refusal, statusCode: StatusCodes.Status409Conflict)
            : TypedResults.Ok(NotificationView.From(notification));
    }
}
