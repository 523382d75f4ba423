using System.Globalization;
using System.Text;

namespace Ballaura.Identity.Accounts;

/// <summary>
/// Writes each e-mail as an RFC 5322 .eml file into "Mail:PickupDirectory", the way an SMTP server's pickup
/// directory takes mail. Used until the notifications service's SMTP path exists; developers and tests
/// read the files.
/// </summary>
public sealed class PickupDirectoryMailer(IConfiguration configuration, TimeProvider time) : IAccountMailer
{
    public async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var directory = configuration["Mail:PickupDirectory"]
            ?? throw new InvalidOperationException("Mail:PickupDirectory is not configured.");
        Directory.CreateDirectory(directory);
        var now = time.GetUtcNow();
        var message = new StringBuilder()
            .Append("From: Ballaura <no-reply@ballaura.local>\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: <{to}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {subject}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {now.ToString("r", CultureInfo.InvariantCulture)}\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(text.ReplaceLineEndings("\r\n"))
            .ToString();
        var name = $"{now:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(directory, name + ".tmp");
        await File.WriteAllTextAsync(temporary, message, Encoding.UTF8, cancellationToken);
        File.Move(temporary, Path.Combine(directory, name));
    }
}
