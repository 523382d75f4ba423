namespace Ballaura.Scheduling.Catalog;

public enum ServiceKind
{
    /// <summary>A medical massage billed to the case's payer: booked by phone only (R11).</summary>
    Insurance = 1,

    /// <summary>Anything the patient pays for themselves (cupping, hot stones, a relaxation massage) (R12).</summary>
    NonInsurance = 2,
}

/// <summary>What the clinic books: its length, and the price for a non-insurance service.</summary>
public sealed class ClinicService
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public ServiceKind Kind { get; private set; }
    public int Minutes { get; private set; }

    /// <summary>What the patient pays for a non-insurance service; null for an insurance visit (the claim decides).</summary>
    public decimal? Price { get; private set; }

    private ClinicService()
    {
    }

    public static ClinicService Define(string code, string name, ServiceKind kind, int minutes, decimal? price) =>
        new() { Code = code, Name = name, Kind = kind, Minutes = minutes, Price = price };

    public bool IsInsurance => Kind == ServiceKind.Insurance;
}
