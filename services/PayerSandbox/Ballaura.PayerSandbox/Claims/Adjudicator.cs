using System.Collections.Concurrent;
using Ballaura.PayerSandbox.Members;
using Ballaura.X12.Acknowledgments;
using Ballaura.X12.Claims;
using Ballaura.X12.Remittances;

namespace Ballaura.PayerSandbox.Claims;

/// <summary>One claim's fate at the sandbox payer: its acknowledgment, and the payments (a replacement or void also reverses the original).</summary>
public sealed record Adjudication(ClaimAcknowledgment Acknowledgment, IReadOnlyList<ClaimPayment> Payments);

/// <summary>
/// Decides claims the way the sandbox's payers would: a commercial member the payer does not know is returned
/// (277CA A3); an accepted claim is allowed at the contract rate, the rest written off (CO-45), and the patient's
/// part assigned from the member's benefits — copay (PR-3), else deductible (PR-1, remembered per member across
/// claims) then co-insurance (PR-2). L&amp;I pays its fee schedule and never assigns the worker anything; PIP pays
/// the charge. A replacement (7) or void (8) reverses what was paid on the original (CLP02 22).
/// </summary>
public sealed class Adjudicator(SandboxPayers payers, ClaimSettings settings)
{
    private readonly ConcurrentDictionary<(string Payer, string Member), decimal> _deductibleLeft = new();
    private readonly ConcurrentDictionary<string, ClaimPayment> _paidByPayerClaimNumber = new();
    private int _claimNumbers;

    public Adjudication Decide(ReceivedClaim claim)
    {
        var reversals = new List<ClaimPayment>();
        if (claim.Frequency is 7 or 8 && claim.OriginalPayerClaimNumber is { } original && _paidByPayerClaimNumber.TryRemove(original, out var paid))
        {
            reversals.Add(Reverse(paid));
        }

        var commercial = claim.FilingCode == "CI";
        var member = commercial ? payers.Find(claim.PayerId, claim.MemberId) : null;
        if (commercial && member is null)
        {
            return new Adjudication(new ClaimAcknowledgment(claim.ControlNumber, "A3", "21", claim.TotalCharge, null,
                payers.PayerName(claim.PayerId) is null ? "PAYER NOT FOUND" : "SUBSCRIBER NOT FOUND"), reversals);
        }

        var number = $"PCN{Interlocked.Increment(ref _claimNumbers):D8}";
        var acknowledgment = new ClaimAcknowledgment(claim.ControlNumber, "A2", "20", claim.TotalCharge, number, null);
        if (claim.Frequency == 8)
        {
            return new Adjudication(acknowledgment, reversals);
        }

        var payment = claim.FilingCode switch
        {
            "WC" => Pay(claim, number, Math.Round(claim.TotalCharge * settings.WorkersCompAllowedRate, 2, MidpointRounding.AwayFromZero), []),
            "AM" => Pay(claim, number, claim.TotalCharge, []),
            _ => PayCommercial(claim, number, member!),
        };
        _paidByPayerClaimNumber[number] = payment;
        return new Adjudication(acknowledgment, [.. reversals, payment]);
    }

    private ClaimPayment PayCommercial(ReceivedClaim claim, string number, SandboxMember member)
    {
        var allowed = Math.Round(claim.TotalCharge * settings.CommercialAllowedRate, 2, MidpointRounding.AwayFromZero);
        var inNetwork = member.Benefits.Where(b => b.InNetwork != false).ToList();
        if (inNetwork.FirstOrDefault(b => b.Code == "B")?.Amount is { } copay)
        {
            return Pay(claim, number, allowed, [new Adjustment("PR", "3", Math.Min(copay, allowed), null)]);
        }

        var key = (claim.PayerId, claim.MemberId.ToUpperInvariant());
        var startingDeductible = inNetwork.FirstOrDefault(b => b.Code == "C" && b.TimePeriod == "29")?.Amount ?? 0m;
        var patient = new List<Adjustment>();
        lock (_deductibleLeft)
        {
            var left = _deductibleLeft.GetOrAdd(key, startingDeductible);
            var deductible = Math.Min(left, allowed);
            _deductibleLeft[key] = left - deductible;
            if (deductible > 0)
            {
                patient.Add(new Adjustment("PR", "1", deductible, null));
            }

            var rate = inNetwork.FirstOrDefault(b => b.Code == "A")?.Percent ?? 0m;
            var coinsurance = Math.Round((allowed - deductible) * rate, 2, MidpointRounding.AwayFromZero);
            if (coinsurance > 0)
            {
                patient.Add(new Adjustment("PR", "2", coinsurance, null));
            }
        }

        return Pay(claim, number, allowed, patient);
    }

    private static ClaimPayment Pay(ReceivedClaim claim, string number, decimal allowed, List<Adjustment> patient)
    {
        var adjustments = new List<Adjustment>();
        if (claim.TotalCharge > allowed)
        {
            adjustments.Add(new Adjustment("CO", "45", claim.TotalCharge - allowed, null));
        }

        adjustments.AddRange(patient);
        var patientShare = patient.Sum(a => a.Amount);
        return new ClaimPayment(claim.ControlNumber, "1", claim.TotalCharge, allowed - patientShare, patientShare, number, adjustments, []);
    }

    private static ClaimPayment Reverse(ClaimPayment paid) => paid with
    {
        Status = "22",
        Charge = -paid.Charge,
        Paid = -paid.Paid,
        PatientResponsibility = -paid.PatientResponsibility,
        Adjustments = paid.Adjustments.Select(a => a with { Amount = -a.Amount }).ToList(),
    };
}
