using System.Net.Http.Json;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Notifications.Preferences;

/// <summary>A patient's text back to the clinic's number, as the SMS provider reports it.</summary>
public sealed record SmsReply(long Sequence, string From, string Body, DateTimeOffset ReceivedAt);

/// <summary>A reply already acted on: the highest sequence is where the next read starts; each is handled once.</summary>
public sealed class HandledReply
{
    public long Sequence { get; private set; }
    public string Outcome { get; private set; } = "";
    public DateTimeOffset HandledAt { get; private set; }

    private HandledReply()
    {
    }

    public static HandledReply Of(long sequence, string outcome, DateTimeOffset at) => new() { Sequence = sequence, Outcome = outcome, HandledAt = at };
}

/// <summary>
/// Replies to the clinic's texts: STOP (and the carriers' other opt-out words) turns texts off for every patient we
/// texted at that number; START turns them back on. Anything else is left for the front desk (not acted on here).
/// </summary>
public sealed class SmsReplies(NotificationsDbContext db, HttpClient http, IOptions<SendingOptions> defaults, TimeProvider time)
{
    private static readonly string[] OptOutWords = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"];
    private static readonly string[] OptInWords = ["START", "UNSTOP", "YES"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var after = await db.HandledReplies.MaxAsync(r => (long?)r.Sequence, cancellationToken) ?? 0;
        var replies = await http.GetFromJsonAsync<List<SmsReply>>($"sms/inbound?after={after}", cancellationToken) ?? [];
        foreach (var reply in replies)
        {
            var word = reply.Body.Trim().ToUpperInvariant();
            var optOut = OptOutWords.Contains(word);
            var outcome = "not a keyword: left for the front desk";
            if (optOut || OptInWords.Contains(word))
            {
                var patients = await db.Notifications.Where(n => n.Channel == Channel.Sms && n.Address == reply.From).Select(n => n.PatientId).Distinct().ToListAsync(cancellationToken);
                foreach (var patientId in patients)
                {
                    var preference = await db.Preferences.FirstOrDefaultAsync(p => p.PatientId == patientId, cancellationToken);
                    if (preference is null)
                    {
                        preference = ContactPreference.For(patientId, defaults.Value.QuietStart, defaults.Value.QuietEnd);
                        db.Preferences.Add(preference);
                    }

                    preference.Update(preference.Channel, smsOptOut: optOut, preference.MarketingOptOut, preference.QuietStart, preference.QuietEnd, time.GetUtcNow());
                }

                outcome = $"{(optOut ? "texts turned off" : "texts turned on")} for {patients.Count} patient(s)";
            }

            db.HandledReplies.Add(HandledReply.Of(reply.Sequence, outcome, time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
