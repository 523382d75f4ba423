using System.Security.Claims;

namespace Ballaura.Security;

/// <summary>Who is calling, read from the validated access token.</summary>
public sealed class Caller
{
    private Caller(string subject, IReadOnlySet<string> roles, Guid? patientId, string? clientId)
    {
        Subject = subject;
        Roles = roles;
        PatientId = patientId;
        ClientId = clientId;
    }

    public string Subject { get; }
    public IReadOnlySet<string> Roles { get; }

    /// <summary>The patient record a patient's account is linked to; null for staff and machines.</summary>
    public Guid? PatientId { get; }

    public string? ClientId { get; }

    public bool IsPatient => Roles.Contains(BallauraRoles.Patient);
    public bool IsStaff => BallauraRoles.Staff.Any(Roles.Contains);
    public bool IsPhoneSystem => Roles.Contains(BallauraRoles.PhoneSystem);

    public static Caller From(ClaimsPrincipal user)
    {
        var roles = user.FindAll(BallauraClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var patientId = Guid.TryParse(user.FindFirstValue(BallauraClaims.PatientId), out var id) ? id : (Guid?)null;
        return new Caller(
            user.FindFirstValue(BallauraClaims.Subject) ?? "anonymous",
            roles,
            patientId,
            user.FindFirstValue(BallauraClaims.ClientId));
    }

    /// <summary>
    /// Whether the caller may see this patient's records at all: a patient only their own; staff and the
    /// phone system any patient of the clinic (narrower rules, e.g. a therapist's own patients, are the
    /// owning service's to add).
    /// </summary>
    public bool MaySeePatient(Guid patientId) =>
        IsStaff || IsPhoneSystem || (IsPatient && PatientId == patientId);
}
