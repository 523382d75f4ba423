using Ballaura.Billing.Data;
using Ballaura.Billing.Remittances;
using Ballaura.Persistence;
using Ballaura.X12;
using Ballaura.X12.Acknowledgments;
using Ballaura.X12.Remittances;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Clearinghouse;

/// <summary>What one file from the mailbox came to.</summary>
public sealed record FileOutcome(long Sequence, string Kind, string Outcome);

/// <summary>
/// Takes the new files from the clearinghouse mailbox, in order, after the last one recorded: a 277CA moves each claim
/// to accepted (with the payer's claim number) or returns it to staff with the payer's words; an 835 is posted like an
/// uploaded one (a payment already posted is refused by its TRN). Each file is recorded once it is handled, so a crash
/// in between handles it again — harmless, since both kinds are idempotent.
/// </summary>
public sealed class MailboxReader(BillingDbContext db, ClearinghouseClient clearinghouse, RemittancePosting posting, TimeProvider time)
{
    public async Task<IReadOnlyList<FileOutcome>> RunAsync(CancellationToken cancellationToken)
    {
        var after = await db.ReceivedFiles.MaxAsync(f => (long?)f.Sequence, cancellationToken) ?? 0;
        var outcomes = new List<FileOutcome>();
        foreach (var file in await clearinghouse.MailboxAsync(after, cancellationToken))
        {
            string outcome;
            try
            {
                outcome = file.Kind switch
                {
                    "277CA" => await AcknowledgeAsync(file.Content, cancellationToken),
                    "835" => await PostAsync(file.Content, cancellationToken),
                    _ => $"not read: unknown kind {file.Kind}",
                };
            }
            catch (X12FormatException error)
            {
                outcome = $"not read: {error.Message}";
            }
            catch (DbUpdateConcurrencyException)
            {
                // A claim changed while the file was applied: nothing of it was kept; the next read takes the file again.
                db.ChangeTracker.Clear();
                break;
            }

            db.ChangeTracker.Clear();
            db.ReceivedFiles.Add(ReceivedFile.Of(file.Sequence, file.Kind, outcome, time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                // Another replica took this file at the same time: it recorded it, this one stops here.
                db.ChangeTracker.Clear();
                break;
            }

            outcomes.Add(new FileOutcome(file.Sequence, file.Kind, outcome));
        }

        return outcomes;
    }

    private async Task<string> AcknowledgeAsync(string content, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var results = new List<string>();
        foreach (var report in Ack277.Read(content))
        {
            var numbers = report.Claims.Select(c => c.ControlNumber).ToList();
            var claims = await db.Claims.Where(c => numbers.Contains(c.ControlNumber)).ToDictionaryAsync(c => c.ControlNumber, cancellationToken);
            foreach (var acknowledgment in report.Claims)
            {
                if (!claims.TryGetValue(acknowledgment.ControlNumber, out var claim))
                {
                    results.Add($"{acknowledgment.ControlNumber}: unknown claim");
                    continue;
                }

                if (acknowledgment.Accepted)
                {
                    claim.AcceptedByPayer(acknowledgment.PayerClaimNumber);
                    results.Add($"{claim.ControlNumber}: accepted by {report.PayerName} as {acknowledgment.PayerClaimNumber}");
                }
                else
                {
                    var note = $"{report.PayerName} returned the claim (277CA {acknowledgment.Category}:{acknowledgment.StatusCode}): {acknowledgment.Message ?? "no message"}.";
                    claim.Returned(note);
                    db.WorkItems.Add(WorkItem.Open("returned by the payer", claim.ControlNumber, claim.Id, $"277CA-{report.Reference}", note, now));
                    results.Add($"{claim.ControlNumber}: returned ({acknowledgment.Category}:{acknowledgment.StatusCode})");
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return string.Join("; ", results);
    }

    private async Task<string> PostAsync(string content, CancellationToken cancellationToken)
    {
        var results = new List<string>();
        foreach (var remittance in Remittance835.Read(new StringReader(content)))
        {
            var posted = await posting.PostAsync(remittance, cancellationToken);
            results.Add($"{posted.TraceNumber}: {posted.Outcome}");
        }

        return string.Join("; ", results);
    }
}
