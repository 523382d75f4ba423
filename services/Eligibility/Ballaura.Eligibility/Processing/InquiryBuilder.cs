using Ballaura.Eligibility.Verifications;
using Ballaura.X12;
using Ballaura.X12.Eligibility;
using Ballaura.X12.Writing;

namespace Ballaura.Eligibility.Processing;

/// <summary>The 270 for one round: a fresh trace number each time, so the answer is matched to the round that asked.</summary>
public static class InquiryBuilder
{
    /// <summary>ISA13/GS06: unique per interchange this process sends (seeded from the clock so a restart does not reuse them).</summary>
    private static int _controlNumber = (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 900_000_000);

    public static (EligibilityInquiry Inquiry, string Text) Build(CaseVerification verification, VerificationOptions options, DateTimeOffset now)
    {
        var trace = Guid.CreateVersion7().ToString("N");
        var inquiry = new EligibilityInquiry(
            Reference: trace[..30],
            TraceNumber: trace,
            TraceOriginator: "9" + options.SubmitterId.PadRight(9, '0')[..9],
            Payer: new X12Entity(verification.PayerName ?? verification.PayerId!, verification.PayerId!),
            Provider: new X12Entity(options.ClinicName, options.ClinicNpi),
            Member: new X12Member(verification.MemberId!, verification.FirstName!, verification.LastName!, verification.BirthDate!.Value, verification.GroupNumber),
            ServiceDate: verification.ServiceDate!.Value,
            ServiceTypes: [ServiceTypeCodes.MassageTherapy]);
        var envelope = new X12Envelope(
            new X12Party("ZZ", options.SubmitterId, options.SubmitterId),
            new X12Party("ZZ", options.ClearinghouseId, options.ClearinghouseId),
            ControlNumber: Interlocked.Increment(ref _controlNumber) % 1_000_000_000,
            now,
            options.Production);
        return (inquiry, Inquiry270.Write(inquiry, envelope));
    }
}
