using Ballaura.Billing.Claims;
using Ballaura.Billing.Coding;
using Ballaura.Billing.Data;
using Ballaura.Billing.Intake;
using Ballaura.Billing.Remittances;
using Ballaura.Persistence;
using Ballaura.X12;
using Ballaura.X12.Acknowledgments;
using Ballaura.X12.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Billing.Clearinghouse;

/// <summary>What one submission pass did.</summary>
public sealed record SubmissionPass(int FilesSent, int ClaimsSubmitted, int ClaimsReturned, int ClaimsWaiting, IReadOnlyList<string> Errors);

/// <summary>
/// Sends the claims waiting for submission (new, rebilled, voided) to the clearinghouse: first any file written
/// before and not yet acknowledged (sent again as it was), then one new file of the claims whose details Intake can
/// give — written and tied to its claims in one transaction before it leaves. The 999 moves the claims on: accepted
/// → submitted; rejected → returned to staff with the error, and a work item.
/// </summary>
public sealed class ClaimSubmitter(
    BillingDbContext db, IntakeClaimDetails intake, ClearinghouseClient clearinghouse, IOptions<ClinicProvider> clinic, IOptions<BillingOptions> billing,
    TimeProvider time, ILogger<ClaimSubmitter> logger)
{
    public const int MaxClaimsPerFile = 100;

    public async Task<SubmissionPass> RunAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var (written, waiting) = await WriteFileAsync(errors, cancellationToken);
        var pending = await db.ClaimBatches.Where(b => b.Status == BatchStatus.Pending).OrderBy(b => b.ControlNumber).ToListAsync(cancellationToken);
        int sent = 0, submitted = 0, returned = 0;
        foreach (var batch in pending)
        {
            var result = await SendAsync(batch, errors, cancellationToken);
            sent += result is null ? 0 : 1;
            submitted += result?.Submitted ?? 0;
            returned += result?.Returned ?? 0;
        }

        logger.LogInformation("Claim submission: {Written} claims written, {Files} files sent, {Submitted} submitted, {Returned} returned, {Waiting} waiting",
            written, sent, submitted, returned, waiting);
        return new SubmissionPass(sent, submitted, returned, waiting, errors);
    }

    private async Task<(int Written, int Waiting)> WriteFileAsync(List<string> errors, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.Where(c => c.SubmissionPending && c.Problem == null).OrderBy(c => c.CreatedAt).Take(MaxClaimsPerFile).ToListAsync(cancellationToken);
        var ready = new List<(Claim Claim, ProfessionalClaim File)>();
        var waiting = 0;
        foreach (var claim in claims)
        {
            try
            {
                var details = claim.PrescriptionId is { } prescriptionId ? await intake.GetAsync(claim.CaseId, prescriptionId, cancellationToken) : null;
                var (file, missing) = details is null ? (null, ["the case's prescription at intake (R4)"]) : ClaimFile.Build(claim, details);
                if (file is null)
                {
                    claim.WaitFor(string.Join("; ", missing));
                    waiting++;
                }
                else
                {
                    ready.Add((claim, file));
                }
            }
            catch (HttpRequestException error)
            {
                errors.Add($"Intake did not answer for claim {claim.ControlNumber}: {error.Message}");
                waiting++;
            }
        }

        if (ready.Count > 0)
        {
            var controlNumber = (await db.ClaimBatches.MaxAsync(b => (int?)b.ControlNumber, cancellationToken) ?? 1000) + 1;
            var now = time.GetUtcNow();
            var batch = ClaimBatch.Write(controlNumber, ClaimFile.Write(clinic.Value, ready.Select(r => r.File).ToList(), controlNumber, now), ready.Count, now);
            db.ClaimBatches.Add(batch);
            ready.ForEach(r => r.Claim.Batched(batch.Id, r.File.PayerId, billing.Value.ContractRates.TryGetValue(r.File.PayerId, out var rate) ? rate : null));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception) || exception is DbUpdateConcurrencyException)
        {
            // Another replica wrote a file with these claims or this number at the same moment: its file goes, this one is dropped.
            db.ChangeTracker.Clear();
            errors.Add("Another submission pass was writing a file at the same time; the claims go in its file or the next one.");
            return (0, waiting);
        }

        return (ready.Count, waiting);
    }

    private async Task<(int Submitted, int Returned)?> SendAsync(ClaimBatch batch, List<string> errors, CancellationToken cancellationToken)
    {
        string answer;
        ImplementationAcknowledgment acknowledgment;
        var now = time.GetUtcNow();
        try
        {
            answer = await clearinghouse.SubmitAsync(batch.Content, cancellationToken);
            acknowledgment = Ack999.Read(answer);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            batch.Failed(error.Message, now);
            await db.SaveChangesAsync(cancellationToken);
            errors.Add($"File {batch.ControlNumber} not acknowledged yet (sent again next time): {error.Message}");
            return null;
        }

        // Polly's timeouts and open circuits land above as well as HTTP errors: the file stays pending either way.
        // One transaction per file; the claims of a file are the ones written with it.
        var claims = await db.Claims.Where(c => c.BatchId == batch.Id).ToListAsync(cancellationToken);
        var accepted = acknowledgment.Transactions.Count == 0 ? acknowledgment.GroupStatus is "A" or "E" : acknowledgment.Transactions.All(t => t.Accepted);
        var why = string.Join("; ", acknowledgment.Transactions.SelectMany(t => t.Errors).Select(e => e.ToString()));
        foreach (var claim in claims)
        {
            if (accepted)
            {
                claim.Submitted(now, TimeSpan.FromDays(billing.Value.PaymentExpectedWithinDays));
            }
            else
            {
                var note = $"The clearinghouse rejected file {batch.ControlNumber} (999 {acknowledgment.GroupStatus}): {(why.Length > 0 ? why : "no error named")}.";
                claim.Returned(note);
                db.WorkItems.Add(WorkItem.Open("returned by the clearinghouse", claim.ControlNumber, claim.Id, $"999-{batch.ControlNumber}", note, now));
            }
        }

        batch.Acknowledged(accepted ? BatchStatus.Accepted : BatchStatus.Rejected, answer, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A claim of the file changed meanwhile: the file stays pending; sent again, it gets the same 999, applied then.
            db.ChangeTracker.Clear();
            errors.Add($"File {batch.ControlNumber}: a claim changed while its 999 was applied; applied on the next pass.");
            return null;
        }

        return accepted ? (claims.Count, 0) : (0, claims.Count);
    }
}
