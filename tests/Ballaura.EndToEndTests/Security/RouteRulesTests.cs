using Xunit;

namespace Ballaura.EndToEndTests.Security;

/// <summary>Rules over every service's route table that need no running system.</summary>
public sealed class RouteRulesTests
{
    /// <summary>The only doors open without a token: health probes and the identity service's sign-in surface.</summary>
    private static readonly string[] AnonymousPrefixes = ["/health", "/alive", "/connect/", "/account/"];

    private static readonly string[] AnonymousApiRoutes =
    [
        "POST /api/identity/accounts",
        "POST /api/identity/password-reset-requests",
        "POST /api/identity/password-resets",
    ];

    [Fact]
    public void Nothing_is_open_to_anonymous_callers_but_health_sign_in_and_sign_up()
    {
        var open = RouteTable.All.Where(r => r.AllowsAnonymous).ToList();

        Assert.All(open, r => Assert.True(
            AnonymousPrefixes.Any(p => r.Pattern.StartsWith(p, StringComparison.Ordinal)) || AnonymousApiRoutes.Contains(r.Key),
            $"{r.Service}: {r.Key} allows anonymous callers."));
        Assert.All(AnonymousApiRoutes, key => Assert.Contains(open, r => r.Key == key));
    }

    [Fact]
    public void Operations_endpoints_are_for_admins_only()
    {
        var ops = RouteTable.All.Where(r => r.Pattern.StartsWith("/ops/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(ops);
        Assert.All(ops, r => Assert.True(r.Policies.SequenceEqual(["admin"]), $"{r.Service}: {r.Key} has policies [{string.Join(", ", r.Policies)}]"));
    }

    [Fact]
    public void Every_patient_data_route_names_its_policy_instead_of_relying_on_the_fallback()
    {
        var api = RouteTable.All.Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && !r.AllowsAnonymous).ToList();

        Assert.NotEmpty(api);
        Assert.All(api, r => Assert.True(r.Policies.Count > 0, $"{r.Service}: {r.Key} has no named policy."));
    }
}
