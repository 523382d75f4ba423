using System.Text.RegularExpressions;
using Xunit;

namespace Ballaura.EndToEndTests.Security;

/// <summary>Reads the account e-mails the identity service drops into the run's mail pickup directory.</summary>
public static partial class Mail
{
    public static async Task<string> ToAsync(BallauraAppFixture system, string address, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (Directory.Exists(system.MailDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(system.MailDirectory, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains($"To: <{address}>", StringComparison.Ordinal) && text.Contains($"Subject: {subject}", StringComparison.Ordinal))
                    {
                        return text;
                    }
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"No e-mail '{subject}' to {address}.");
            await Task.Delay(200);
        }
    }

    public static Uri LinkIn(string mail) => new(LinkPattern().Match(mail).Value);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
