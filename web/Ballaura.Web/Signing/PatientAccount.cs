using System.Security.Claims;

namespace Ballaura.Web.Signing;

/// <summary>Who the signed-in patient is (the token's patient_id claim) and the clinic's clock, for every portal page.</summary>
public static class PatientAccount
{
    public const string NotLinked = "Your account is not linked to a patient record yet. Please call us and we will link it.";

    public static readonly TimeZoneInfo ClinicTime = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    /// <returns>The patient record the account is linked to, or null for staff and unlinked accounts.</returns>
    public static Guid? PatientIdOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirst("patient_id")?.Value, out var id) ? id : null;
}
