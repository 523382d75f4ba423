namespace Ballaura.Scheduling.Bookings;

public sealed record BookingItemResponse(string Code, string Name, int Minutes, decimal? Price, bool Insurance);

public sealed record BookingResponse(
    Guid Id,
    Guid PatientId,
    Guid? CaseId,
    Guid TherapistId,
    string? TherapistName,
    Guid RoomId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string ClinicLocalStart,
    string Channel,
    string Status,
    IReadOnlyList<BookingItemResponse> Services,
    VisitPosition? Visit,
    string? VisitLabel,
    DateTimeOffset BookedAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    bool CancelledByClinic,
    string? FeeRule,
    Guid? RescheduledFromId,
    Guid? RescheduledToId,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CompletedAt,
    string CancellationPolicy)
{
    public const string Policy =
        "Cancel at least 24 hours before your visit at no charge. A later cancellation or a missed visit is charged to the card on file (R10).";

    public static BookingResponse From(Booking booking, string? therapistName, VisitPosition? visit, string clinicLocalStart) => new(
        booking.Id,
        booking.PatientId,
        booking.CaseId,
        booking.TherapistId,
        therapistName,
        booking.RoomId,
        booking.Start,
        booking.End,
        clinicLocalStart,
        booking.Channel.ToString(),
        booking.Status.ToString(),
        booking.Items.Select(i => new BookingItemResponse(i.ServiceCode, i.Name, i.Minutes, i.Price, i.Insurance)).ToList(),
        visit,
        visit?.Label,
        booking.BookedAt,
        booking.CancelledAt,
        booking.CancelReason,
        booking.CancelledByClinic,
        booking.FeeRule,
        booking.RescheduledFromId,
        booking.RescheduledToId,
        booking.CheckedInAt,
        booking.CompletedAt,
        Policy);
}
