namespace Ballaura.Notifications.Templates;

/// <summary>A message in the clinic's voice: e-mail subject, plain text and HTML, and the short text for SMS.</summary>
public sealed record RenderedMessage(string Subject, string Text, string Html, string Sms);

/// <summary>"Notifications:Clinic": how the clinic signs its messages and where the portal is.</summary>
public sealed class ClinicVoice
{
    public string Name { get; set; } = "Ballaura Wellness Spa";
    public string Phone { get; set; } = "(360) 539-7700";
    public string Address { get; set; } = "120 State Ave NE, Olympia, WA 98501";
    public string PortalUrl { get; set; } = "https://portal.ballaura.example";
    public string FromAddress { get; set; } = "care@ballaura.example";
    public string TimeZone { get; set; } = "America/Los_Angeles";
}
