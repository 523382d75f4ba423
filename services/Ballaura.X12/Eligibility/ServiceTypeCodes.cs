namespace Ballaura.X12.Eligibility;

/// <summary>The EQ01/EB03 service type codes the clinic asks about.</summary>
public static class ServiceTypeCodes
{
    /// <summary>Massage therapy: what the clinic asks first.</summary>
    public const string MassageTherapy = "BE";

    /// <summary>Health benefit plan coverage: what payers that do not answer for BE answer for.</summary>
    public const string HealthBenefitPlan = "30";

    public const string PhysicalTherapy = "PT";
}
