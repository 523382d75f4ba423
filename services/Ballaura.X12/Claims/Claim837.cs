using System.Globalization;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Claims;

/// <summary>
/// Writes 837P professional claims (005010X222A1): the submitter and receiver, the billing provider, and per claim the
/// subscriber (and for workers' compensation the patient), the payer, the claim with its diagnoses, the referring
/// prescriber and the rendering therapist, and the service lines.
/// </summary>
public static class Claim837
{
    public const string Version = "005010X222A1";
    public const string MassageTherapistTaxonomy = "225700000X";

    public static void Write(TextWriter text, BillingProvider provider, ClaimName receiver, string receiverId, IReadOnlyList<ProfessionalClaim> claims, X12Envelope envelope)
    {
        foreach (var claim in claims)
        {
            Validate(claim);
        }

        var writer = new X12Writer(text, X12Delimiters.Default);
        var component = X12Delimiters.Default.Component.ToString();
        writer.BeginInterchange(envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, envelope.Production);
        writer.BeginGroup("HC", envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, Version);
        writer.BeginTransaction("837", 1, Version);
        writer.Write(new X12Segment("BHT", "0019", "00", envelope.ControlNumber.ToString(CultureInfo.InvariantCulture), X12Dates.Date(envelope.CreatedAt), X12Dates.Time(envelope.CreatedAt), "CH"));
        writer.Write(new X12Segment("NM1", "41", "2", provider.Name, "", "", "", "", "46", envelope.Sender.Id));
        writer.Write(new X12Segment("PER", "IC", "BILLING OFFICE", "TE", "3605397700"));
        writer.Write(new X12Segment("NM1", "40", "2", receiver.LastOrOrganization, "", "", "", "", "46", receiverId));
        writer.Write(new X12Segment("HL", "1", "", "20", "1"));
        writer.Write(new X12Segment("PRV", "BI", "PXC", provider.Taxonomy));
        writer.Write(new X12Segment("NM1", "85", "2", provider.Name, "", "", "", "", "XX", provider.Npi));
        WriteAddress(writer, provider.Address);
        writer.Write(new X12Segment("REF", "EI", provider.TaxId));

        var hl = 1;
        foreach (var claim in claims)
        {
            var subscriberHl = ++hl;
            var workersComp = claim.Filing == ClaimFiling.WorkersCompensation;
            writer.Write(new X12Segment("HL", subscriberHl.ToString(CultureInfo.InvariantCulture), "1", "22", workersComp ? "1" : "0"));
            // SBR02 is 18 (self) when the patient is the subscriber; empty for workers' compensation, where the employer is.
            writer.Write(new X12Segment("SBR", "P", workersComp ? "" : "18", claim.Subscriber.GroupNumber ?? "", "", "", "", "", "", FilingCode(claim.Filing)));
            var subscriber = claim.Subscriber;
            writer.Write(new X12Segment("NM1", "IL", subscriber.Name.First is null ? "2" : "1", subscriber.Name.LastOrOrganization, subscriber.Name.First ?? "", "", "", "", "MI", subscriber.MemberId));
            if (subscriber.Address is { } address)
            {
                WriteAddress(writer, address);
            }

            if (subscriber.Name.First is not null && subscriber.BirthDate is { } born)
            {
                writer.Write(new X12Segment("DMG", "D8", X12Dates.Date(born), subscriber.Gender));
            }

            if (claim.Filing == ClaimFiling.AutoMedical && claim.ClaimNumber is { } pipClaim)
            {
                writer.Write(new X12Segment("REF", "Y4", pipClaim));
            }

            writer.Write(new X12Segment("NM1", "PR", "2", claim.PayerName.LastOrOrganization, "", "", "", "", "PI", claim.PayerId));
            if (workersComp)
            {
                var patient = claim.Patient!;
                writer.Write(new X12Segment("HL", (++hl).ToString(CultureInfo.InvariantCulture), subscriberHl.ToString(CultureInfo.InvariantCulture), "23", "0"));
                writer.Write(new X12Segment("PAT", "20"));
                writer.Write(new X12Segment("NM1", "QC", "1", patient.Name.LastOrOrganization, patient.Name.First ?? ""));
                if (patient.Address is { } patientAddress)
                {
                    WriteAddress(writer, patientAddress);
                }

                writer.Write(new X12Segment("DMG", "D8", X12Dates.Date(patient.BirthDate), patient.Gender));
                writer.Write(new X12Segment("REF", "Y4", claim.ClaimNumber!));
            }

            var related = claim.Filing switch
            {
                ClaimFiling.AutoMedical => string.Join(component, "AA", "", "", claim.AccidentState ?? ""),
                ClaimFiling.WorkersCompensation => "EM",
                _ => "",
            };
            var clm = new List<string>
            {
                claim.ControlNumber, X12Numbers.Format(claim.TotalCharge), "", "",
                string.Join(component, claim.PlaceOfService, "B", claim.Frequency.ToString(CultureInfo.InvariantCulture)), "Y", "A", "Y", "Y",
            };
            if (related.Length > 0)
            {
                clm.AddRange(["", related]);
            }

            writer.Write(new X12Segment("CLM", [.. clm]));
            if (claim.AccidentDate is { } accident)
            {
                writer.Write(new X12Segment("DTP", "439", "D8", X12Dates.Date(accident)));
            }

            if (claim.PriorAuthorization is { } authorization)
            {
                writer.Write(new X12Segment("REF", "G1", authorization));
            }

            if (claim.Frequency is 7 or 8)
            {
                writer.Write(new X12Segment("REF", "F8", claim.OriginalPayerClaimNumber!));
            }

            writer.Write(new X12Segment("HI", [.. claim.Diagnoses.Select((code, i) => (i == 0 ? "ABK" : "ABF") + component + WithoutDot(code))]));
            writer.Write(new X12Segment("NM1", "DN", "1", claim.Referring.Name.LastOrOrganization, claim.Referring.Name.First ?? "", "", "", "", "XX", claim.Referring.Npi));
            writer.Write(new X12Segment("NM1", "82", "1", claim.Rendering.Name.LastOrOrganization, claim.Rendering.Name.First ?? "", "", "", "", "XX", claim.Rendering.Npi));
            writer.Write(new X12Segment("PRV", "PE", "PXC", MassageTherapistTaxonomy));
            var number = 0;
            foreach (var line in claim.Lines)
            {
                writer.Write(new X12Segment("LX", (++number).ToString(CultureInfo.InvariantCulture)));
                writer.Write(new X12Segment("SV1", string.Join(component, new[] { "HC", line.Code }.Concat(line.Modifiers)), X12Numbers.Format(line.Charge), "UN", X12Numbers.Format(line.Units), "", "",
                    string.Join(component, line.DiagnosisPointers.Select(p => p.ToString(CultureInfo.InvariantCulture)))));
                writer.Write(new X12Segment("DTP", "472", "D8", X12Dates.Date(line.DateOfService)));
            }
        }

        writer.EndTransaction();
        writer.EndGroup();
        writer.EndInterchange();
    }

    /// <summary>ICD-10-CM codes go on claims without their decimal point ("M54.2" → "M542").</summary>
    public static string WithoutDot(string code) => code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static string FilingCode(ClaimFiling filing) => filing switch
    {
        ClaimFiling.WorkersCompensation => "WC",
        ClaimFiling.AutoMedical => "AM",
        _ => "CI",
    };

    private static void Validate(ProfessionalClaim claim)
    {
        Require(claim.Lines.Count is > 0 and <= 50, claim, "has 1 to 50 service lines");
        Require(claim.Diagnoses.Count is > 0 and <= 12, claim, "has 1 to 12 diagnoses");
        Require(claim.Lines.All(l => l.DiagnosisPointers.Count is > 0 and <= 4 && l.DiagnosisPointers.All(p => p >= 1 && p <= claim.Diagnoses.Count)), claim,
            "points each line at 1 to 4 of its diagnoses");
        Require(claim.Frequency is 1 or 7 or 8, claim, "is an original (1), replacement (7) or void (8)");
        Require(claim.Frequency == 1 || !string.IsNullOrEmpty(claim.OriginalPayerClaimNumber), claim, "names the payer's original claim number when it replaces or voids one");
        Require(claim.Filing != ClaimFiling.WorkersCompensation || (claim.Patient is not null && claim.ClaimNumber is not null), claim,
            "names the injured worker and the L&I claim number (workers' compensation)");
        Require(claim.Filing != ClaimFiling.AutoMedical || (claim.ClaimNumber is not null && claim.AccidentDate is not null && claim.AccidentState is { Length: 2 }), claim,
            "names the PIP claim number, the accident date and its state");
    }

    private static void Require(bool condition, ProfessionalClaim claim, string what)
    {
        if (!condition)
        {
            throw new ArgumentException($"Claim {claim.ControlNumber} cannot be written: a claim {what}.");
        }
    }

    private static void WriteAddress(X12Writer writer, ClaimAddress address)
    {
        writer.Write(address.Line2 is null ? new X12Segment("N3", address.Line1) : new X12Segment("N3", address.Line1, address.Line2));
        writer.Write(new X12Segment("N4", address.City, address.State, address.PostalCode));
    }
}
