namespace Ballaura.Security;

/// <summary>The roles a token can carry (claim "role"). Staff roles come from the identity service's user store.</summary>
public static class BallauraRoles
{
    public const string Patient = "patient";
    public const string FrontDesk = "front-desk";
    public const string Billing = "billing";
    public const string Therapist = "therapist";
    public const string Admin = "admin";

    /// <summary>The clinic's phone system, a machine client (client credentials).</summary>
    public const string PhoneSystem = "phone-system";

    /// <summary>
    /// A Ballaura service asking another for what it needs with an id (e.g. Eligibility asking Intake for the insured's
    /// details, which never travel on the bus). Held only by machine clients; never a person's role.
    /// </summary>
    public const string Service = "service";

    public static readonly string[] Staff = [FrontDesk, Billing, Therapist, Admin];
    public static readonly string[] All = [Patient, FrontDesk, Billing, Therapist, Admin, PhoneSystem];
}
