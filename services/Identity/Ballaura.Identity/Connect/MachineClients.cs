using Ballaura.Security;

namespace Ballaura.Identity.Connect;

/// <summary>Machine clients (client credentials) and the role their tokens carry.</summary>
public static class MachineClients
{
    public const string PhoneSystem = "phone-system";

    private static readonly Dictionary<string, string[]> RolesByClient = new(StringComparer.Ordinal)
    {
        [PhoneSystem] = [BallauraRoles.PhoneSystem],
    };

    public static IReadOnlyList<string> RolesOf(string clientId) =>
        RolesByClient.TryGetValue(clientId, out var roles) ? roles : [];
}
