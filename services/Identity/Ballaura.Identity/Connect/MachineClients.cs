using Ballaura.Security;

namespace Ballaura.Identity.Connect;

/// <summary>Machine clients (client credentials) and the role their tokens carry.</summary>
public static class MachineClients
{
    public const string PhoneSystem = "phone-system";

    /// <summary>Eligibility asking Intake for an insured's details by case id.</summary>
    public const string EligibilityService = "eligibility-service";

    /// <summary>Scheduling asking Intake who a caller is (the phone system's screen pop).</summary>
    public const string SchedulingService = "scheduling-service";

    /// <summary>Billing asking Intake what a claim needs about the insured and the prescription.</summary>
    public const string BillingService = "billing-service";

    /// <summary>Notifications asking Intake how to reach a patient.</summary>
    public const string NotificationsService = "notifications-service";

    private static readonly Dictionary<string, string[]> RolesByClient = new(StringComparer.Ordinal)
    {
        [PhoneSystem] = [BallauraRoles.PhoneSystem],
        [EligibilityService] = [BallauraRoles.Service],
        [SchedulingService] = [BallauraRoles.Service],
        [BillingService] = [BallauraRoles.Service],
        [NotificationsService] = [BallauraRoles.Service],
    };

    /// <summary>Each machine client, the configuration key of its secret, and its display name.</summary>
    public static readonly IReadOnlyList<(string ClientId, string SecretKey, string DisplayName)> Registered =
    [
        (PhoneSystem, "Identity:Clients:PhoneSystem:Secret", "Clinic phone system"),
        (EligibilityService, "Identity:Clients:Eligibility:Secret", "Eligibility service"),
        (SchedulingService, "Identity:Clients:Scheduling:Secret", "Scheduling service"),
        (BillingService, "Identity:Clients:Billing:Secret", "Billing service"),
        (NotificationsService, "Identity:Clients:Notifications:Secret", "Notifications service"),
    ];

    public static IReadOnlyList<string> RolesOf(string clientId) =>
        RolesByClient.TryGetValue(clientId, out var roles) ? roles : [];
}
