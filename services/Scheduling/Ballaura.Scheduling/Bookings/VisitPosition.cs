namespace Ballaura.Scheduling.Bookings;

/// <summary>
/// Where an insurance visit stands against its prescription, shown on every booking screen and call task:
/// "visit 5 of 12, prescription expires in 9 days". Never more visits than prescribed: such a booking is refused.
/// </summary>
public sealed record VisitPosition(int VisitNumber, int VisitsPrescribed, DateOnly PrescriptionExpiresOn, int DaysToExpiry, string? AuthorizationNumber)
{
    public string Label => $"visit {VisitNumber} of {VisitsPrescribed}, {ExpiryWords(DaysToExpiry)}";

    public static string ExpiryWords(int days) => days switch
    {
        < 0 => "prescription expired",
        0 => "prescription expires today",
        1 => "prescription expires tomorrow",
        _ => $"prescription expires in {days} days",
    };
}
