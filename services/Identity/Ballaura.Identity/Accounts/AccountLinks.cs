namespace Ballaura.Identity.Accounts;

/// <summary>Links in account e-mails point at the public address (the gateway), never at an internal host.</summary>
public sealed class AccountLinks(IConfiguration configuration)
{
    private Uri PublicBase => new(configuration["Identity:Issuer"]
        ?? throw new InvalidOperationException("Identity:Issuer (the public URL) is not configured."));

    public Uri ConfirmEmail(string userId, string token) =>
        new(PublicBase, $"/account/confirm-email?userId={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");

    public Uri ResetPassword(string userId, string token) =>
        new(PublicBase, $"/account/reset-password?userId={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");
}
