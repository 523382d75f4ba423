using Microsoft.AspNetCore.Authentication.JwtBearer;
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

    /// <summary>Another Ballaura service (machine client with the role "service").</summary>
    public const string InternalService = "internal-service";

    public static void AddTo(AuthorizationOptions options)
    {
        options.FallbackPolicy = Bearer().Build();
        options.AddPolicy(Authenticated, Bearer().Build());
        options.AddPolicy(Staff, Bearer().RequireRole(BallauraRoles.Staff).Build());
        options.AddPolicy(FrontDesk, Bearer().RequireRole(BallauraRoles.FrontDesk, BallauraRoles.Admin).Build());
        options.AddPolicy(Billing, Bearer().RequireRole(BallauraRoles.Billing, BallauraRoles.Admin).Build());
        options.AddPolicy(Admin, Bearer().RequireRole(BallauraRoles.Admin).Build());
        options.AddPolicy(PatientData, Bearer().RequireRole(BallauraRoles.All).Build());
        options.AddPolicy(StaffOrPhone, Bearer().RequireRole([.. BallauraRoles.Staff, BallauraRoles.PhoneSystem]).Build());
        options.AddPolicy(InternalService, Bearer().RequireRole(BallauraRoles.Service).Build());
    }

    /// <summary>
    /// API policies always authenticate with the bearer token, whatever the host's default scheme is (the
    /// identity service's default is its sign-in cookie, which must never authorize an API call).
    /// </summary>
    private static AuthorizationPolicyBuilder Bearer() =>
        new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();
}
