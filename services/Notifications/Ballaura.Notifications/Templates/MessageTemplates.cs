using System.Globalization;
using System.Net;
using System.Text.Json;
using Ballaura.Notifications.Outgoing;

namespace Ballaura.Notifications.Templates;

/// <summary>
/// One template per kind, in the clinic's voice. Minimum necessary: times, amounts and what to do next — never a
/// diagnosis, a payer's reason or any clinical detail; the portal link leads to the rest behind a sign-in.
/// </summary>
public static class MessageTemplates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static RenderedMessage Render(NotificationKind kind, JsonElement data, string firstName, ClinicVoice clinic)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(clinic.TimeZone);
        string When(string property) => TimeZoneInfo.ConvertTime(data.GetProperty(property).GetDateTimeOffset(), zone).ToString("dddd, MMMM d 'at' h:mm tt", English);
        string Short(string property) => TimeZoneInfo.ConvertTime(data.GetProperty(property).GetDateTimeOffset(), zone).ToString("ddd MMM d, h:mm tt", English);
        var portal = $"Sign in to your portal for the details: {clinic.PortalUrl}";

        var (subject, lines, sms) = kind switch
        {
            NotificationKind.CaseOpened => ("We received your insurance case",
                new[] { "Thank you for starting your insurance case with us.", "Your portal shows what we still need from you and the next step.", portal },
                "We received your insurance case. See what we still need in your portal"),
            NotificationKind.CaseRefused => ("About your insurance case",
                new[] { "We are unable to accept your insurance case as it stands.", $"Your portal explains why and what you can do, or call us at {clinic.Phone}.", portal },
                $"We could not accept your insurance case. Please check your portal or call {clinic.Phone}"),
            NotificationKind.CoverageVerified => ("Your coverage is confirmed",
                new[] { "Good news: your insurance confirmed your coverage for massage therapy.", "Next, please read and sign our insurance paperwork and payment policy in the portal, if you have not yet.", portal },
                "Good news: your coverage is confirmed. Next step is in your portal"),
            NotificationKind.CoverageNotVerified => ("We could not confirm your coverage",
                new[] { "Your insurance did not confirm your coverage yet.", $"Your portal says what you can check; our front desk will also contact you. Questions: {clinic.Phone}.", portal },
                $"We could not confirm your coverage yet. Please check your portal or call {clinic.Phone}"),
            NotificationKind.CallBackScheduled => ("We will call you to schedule",
                new[] { "Your case is ready to schedule.", $"We will call you around {When("dueAt")} to book your first visit. You can also call us at {clinic.Phone}." },
                $"Your case is ready. We will call you around {Short("dueAt")} to book your visit"),
            NotificationKind.AppointmentBooked => ("Your visit is booked",
                new[] { $"Your visit is booked for {When("startsAt")}.", $"We are at {clinic.Address}.", CancellationRule(clinic), portal },
                $"Your visit is booked for {Short("startsAt")}. To change it call {clinic.Phone}"),
            NotificationKind.AppointmentRescheduled => ("Your visit was moved",
                new[] { $"Your visit of {When("previousStartsAt")} was moved to {When("startsAt")}.", CancellationRule(clinic), portal },
                $"Your visit was moved to {Short("startsAt")}. Questions: {clinic.Phone}"),
            NotificationKind.AppointmentCancelled => ("Your visit was cancelled",
                new[]
                {
                    $"Your visit of {When("startsAt")} was cancelled.",
                    data.TryGetProperty("feeDue", out var fee) && fee.GetBoolean()
                        ? "It was cancelled less than 24 hours ahead: our payment policy's late-cancellation fee may apply (R10)."
                        : "No fee applies.",
                    $"To book again, call us at {clinic.Phone}.",
                },
                $"Your visit of {Short("startsAt")} was cancelled. To book again call {clinic.Phone}"),
            NotificationKind.AppointmentReminder => ("Reminder: your visit is coming up",
                new[] { $"A reminder of your visit on {When("startsAt")} at {clinic.Address}.", CancellationRule(clinic), portal },
                $"Reminder: your visit is {Short("startsAt")}. To change it call {clinic.Phone}"),
            NotificationKind.CardCharged => ("A charge to your card on file",
                new[]
                {
                    $"We charged {data.GetProperty("amount").GetDecimal().ToString("C", English)} to your {data.GetProperty("brand").GetString()} card ending {data.GetProperty("last4").GetString()}.",
                    $"Why: {data.GetProperty("reason").GetString()} ({data.GetProperty("rule").GetString()} of the payment policy you signed).",
                    "Your statement in the portal lists every charge.",
                    portal,
                },
                $"We charged {data.GetProperty("amount").GetDecimal().ToString("C", English)} to your card ending {data.GetProperty("last4").GetString()}. See your portal"),
            NotificationKind.StatementReady => ("Your statement is ready",
                new[]
                {
                    $"Your insurance has processed your visit of {DateOnly.Parse(data.GetProperty("visitDate").GetString()!, CultureInfo.InvariantCulture).ToString("MMMM d, yyyy", English)}.",
                    $"{data.GetProperty("amount").GetDecimal().ToString("C", English)} of it is yours to pay (your plan's deductible, co-insurance or copay). Your statement in the portal shows each line.",
                    portal,
                },
                $"Your statement is ready: {data.GetProperty("amount").GetDecimal().ToString("C", English)} to pay for your visit. See your portal"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No template for this kind."),
        };

        var greeting = $"Hello {firstName},";
        var signature = $"{clinic.Name} - {clinic.Phone}";
        var text = string.Join("\n\n", [greeting, .. lines, signature]);
        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + string.Concat(new[] { greeting }.Concat(lines).Append(signature).Select(p => $"<p>{Linked(WebUtility.HtmlEncode(p), clinic.PortalUrl)}</p>"))
            + "</body></html>";
        return new RenderedMessage($"{clinic.Name}: {subject}", text, html, $"{clinic.Name}: {sms}. Reply STOP to opt out.");
    }

    private static string CancellationRule(ClinicVoice clinic) =>
        $"Need to cancel? Please tell us at least 24 hours ahead ({clinic.Phone}): a later cancellation or a missed visit may be charged under our payment policy (R10).";

    private static string Linked(string encoded, string portalUrl)
    {
        var url = WebUtility.HtmlEncode(portalUrl);
        return encoded.Replace(url, $"<a href=\"{url}\">{url}</a>", StringComparison.Ordinal);
    }
}
