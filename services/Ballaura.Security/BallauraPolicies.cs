using Microsoft.AspNetCore.Authorization;

namespace Ballaura.Security;

/// <summary>
/// Named authorization policies, the same in the gateway and in every service. Every endpoint needs an
/// authenticated caller unless it says otherwise (the fallback policy); these narrow it by role.
/// Per-patient checks ("only their own cases") are made by the handler with <see cref="Caller"/>.
/// </summary>
public static class BallauraPolicies
{
    public const string Authenticated = "authenticated";
    public const string Staff = "staff";
    public const string FrontDesk = "front-desk";
    public const string Billing = "billing";
    public const string Admin = "admin";

    /// <summary>Patients (their own records), staff and the phone system.</summary>
    public const string PatientData = "patient-data";

    /// <summary>Staff and the phone system: what a call needs.</summary>
    public const string StaffOrPhone = "staff-or-phone";

    public static void AddTo(AuthorizationOptions options)
    {
        var authenticated = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.FallbackPolicy = authenticated;
        options.AddPolicy(Authenticated, authenticated);
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(BallauraRoles.Staff));
        options.AddPolicy(FrontDesk, p => p.RequireAuthenticatedUser().RequireRole(BallauraRoles.FrontDesk, BallauraRoles.Admin));
        options.AddPolicy(Billing, p => p.RequireAuthenticatedUser().RequireRole(BallauraRoles.Billing, BallauraRoles.Admin));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(BallauraRoles.Admin));
        options.AddPolicy(PatientData, p => p.RequireAuthenticatedUser().RequireRole(BallauraRoles.All));
        options.AddPolicy(StaffOrPhone, p => p.RequireAuthenticatedUser().RequireRole([.. BallauraRoles.Staff, BallauraRoles.PhoneSystem]));
    }
}
