namespace Ballaura.Identity.Accounts;

/// <summary>Sends the account e-mails (confirm address, reset password). The link is the only content.</summary>
public interface IAccountMailer
{
    Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken);
}
