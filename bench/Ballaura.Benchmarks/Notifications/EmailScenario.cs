using Microsoft.Extensions.Configuration;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Ballaura.ContactSandbox.Faults;
using Ballaura.ContactSandbox.Mail;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Sending;
using Ballaura.Notifications.Templates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ballaura.Benchmarks.Notifications;

/// <summary>
/// Notifications' e-mail path: messages rendered from their templates (all kinds in turn), and rendered and sent over
/// SMTP with MailKit — through the service's e-mail channel, which keeps one connection open — to the contact
/// sandbox's SMTP sink running in this process on a free port, by one sender and by four channels (four connections)
/// in parallel. Every message is checked to have arrived.
/// </summary>
public static class EmailScenario
{
    public static async Task<IReadOnlyList<(string Label, string Value)>> RunAsync(int messages)
    {
        var port = FreePort();
        var inbox = new Inbox();
        var store = new InboxMessageStore(inbox, new ContactFaults(new ContactFaultSettings()), TimeProvider.System, NullLogger<InboxMessageStore>.Instance);
        using var stop = new CancellationTokenSource();
        var settings = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build();
        var sink = new SmtpSink(store, settings, NullLogger<SmtpSink>.Instance);
        await sink.StartAsync(stop.Token);
        await Task.Delay(300);

        var clinic = new ClinicVoice();
        var email = new EmailChannel(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port }), Options.Create(clinic));
        var kinds = Enum.GetValues<NotificationKind>();
        var data = JsonSerializer.SerializeToElement(new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(2), previousStartsAt = DateTimeOffset.UtcNow.AddDays(1), dueAt = DateTimeOffset.UtcNow.AddHours(2),
            feeDue = true, amount = 40m, brand = "visa", last4 = "4242", rule = "R10", reason = "A late-cancellation fee under the payment policy.",
        });

        var render = Stopwatch.StartNew();
        for (var i = 0; i < messages * 10; i++)
        {
            MessageTemplates.Render(kinds[i % kinds.Length], data, "Ravi", clinic);
        }

        var renderedPerSecond = messages * 10 / render.Elapsed.TotalSeconds;

        var sequential = await SendAsync([email], kinds, data, clinic, messages);
        var channels = Enumerable.Range(0, 4)
            .Select(_ => new EmailChannel(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port }), Options.Create(clinic))).ToArray();
        var parallel = await SendAsync(channels, kinds, data, clinic, messages);
        var arrived = inbox.All.Count();
        await sink.StopAsync(CancellationToken.None);
        stop.Cancel();
        if (arrived != messages * 2)
        {
            throw new InvalidOperationException($"The sink received {arrived} of {messages * 2} messages.");
        }

        return
        [
            ("notification templates rendered (per second)", $"{renderedPerSecond:N0}"),
            ($"e-mails rendered + sent to the SMTP sink, 1 sender ({messages})", $"{sequential:N0}/s"),
            ($"e-mails rendered + sent to the SMTP sink, 4 senders ({messages})", $"{parallel:N0}/s"),
        ];
    }

    private static async Task<double> SendAsync(EmailChannel[] senders, NotificationKind[] kinds, JsonElement data, ClinicVoice clinic, int messages)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(senders.Select(async email =>
        {
            while (Interlocked.Increment(ref next) < messages)
            {
                var rendered = MessageTemplates.Render(kinds[next % kinds.Length], data, "Ravi", clinic);
                await email.SendAsync(Guid.NewGuid(), $"patient{next}@example.test", "Ravi", rendered, CancellationToken.None);
            }
        }));
        return messages / clock.Elapsed.TotalSeconds;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
