namespace Ballaura.AppHost;

/// <summary>
/// Who issues tokens and who checks them. The issuer URL is the gateway's public address; the development
/// accounts' password and the phone system's client secret are secret parameters (generated once and kept
/// in the AppHost's user-secrets, or given as "Parameters:identity-seed-password" /
/// "Parameters:phone-system-secret"), never written in the repository.
/// </summary>
public sealed class IdentitySettings(IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, ServiceDatabases databases)
{
    public EndpointReference Issuer { get; } = gateway.GetEndpoint("http");

    public IResourceBuilder<ParameterResource> SeedPassword { get; } = builder.AddParameter(
        "identity-seed-password", new GenerateParameterDefault { MinLength = 20, Special = false }, secret: true, persist: true);

    public IResourceBuilder<ParameterResource> PhoneSystemSecret { get; } = builder.AddParameter(
        "phone-system-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    /// <summary>The eligibility service's client secret: it asks Intake for an insured's details with its own token.</summary>
    public IResourceBuilder<ParameterResource> EligibilityClientSecret { get; } = builder.AddParameter(
        "eligibility-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    /// <summary>The scheduling service's client secret: it asks Intake who a caller is.</summary>
    public IResourceBuilder<ParameterResource> SchedulingClientSecret { get; } = builder.AddParameter(
        "scheduling-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    /// <summary>The billing service's client secret: it asks Intake what a claim needs.</summary>
    public IResourceBuilder<ParameterResource> BillingClientSecret { get; } = builder.AddParameter(
        "billing-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    /// <summary>The notifications service's client secret: it asks Intake how to reach a patient.</summary>
    public IResourceBuilder<ParameterResource> NotificationsClientSecret { get; } = builder.AddParameter(
        "notifications-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    /// <summary>The web client's secret (confidential OpenID Connect client "ballaura-web").</summary>
    public IResourceBuilder<ParameterResource> WebClientSecret { get; } = builder.AddParameter(
        "web-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);

    public string MailPickupDirectory { get; } = Path.Combine(databases.Directory, "mail");
}

public static class IdentityResourceExtensions
{
    /// <summary>The identity service: issues tokens under the public URL and seeds the development accounts.</summary>
    public static IResourceBuilder<ProjectResource> WithTokenIssuer(this IResourceBuilder<ProjectResource> identity, IdentitySettings settings) =>
        identity
            .WithEnvironment("Identity__Issuer", settings.Issuer)
            .WithEnvironment("Identity__Seed__Password", settings.SeedPassword)
            .WithEnvironment("Identity__Clients__PhoneSystem__Secret", settings.PhoneSystemSecret)
            .WithEnvironment("Identity__Clients__Eligibility__Secret", settings.EligibilityClientSecret)
            .WithEnvironment("Identity__Clients__Scheduling__Secret", settings.SchedulingClientSecret)
            .WithEnvironment("Identity__Clients__Billing__Secret", settings.BillingClientSecret)
            .WithEnvironment("Identity__Clients__Notifications__Secret", settings.NotificationsClientSecret)
            .WithEnvironment("Identity__Clients__Web__Secret", settings.WebClientSecret)
            .WithEnvironment("Mail__PickupDirectory", settings.MailPickupDirectory);

    /// <summary>A service that calls another with its own token (client credentials).</summary>
    public static IResourceBuilder<ProjectResource> WithServiceClient(
        this IResourceBuilder<ProjectResource> service, string clientId, IResourceBuilder<ParameterResource> secret) =>
        service
            .WithEnvironment("ServiceClient__ClientId", clientId)
            .WithEnvironment("ServiceClient__ClientSecret", secret);

    /// <summary>A process that validates access tokens: it fetches the issuer's signing keys from the public URL.</summary>
    public static IResourceBuilder<ProjectResource> WithTokenValidation(this IResourceBuilder<ProjectResource> resource, IdentitySettings settings) =>
        resource.WithEnvironment("Identity__Authority", settings.Issuer);
}
