using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.X12;
using Ballaura.X12.Claims;
using Ballaura.X12.Writing;

namespace Ballaura.Billing.Claims;

/// <summary>
/// Turns a claim and what Intake knows of the case into an 837P, or says what is missing first — in words billing staff
/// can act on. Diagnosis pointers follow the prescription's order (at most four per line).
/// </summary>
public static class ClaimFile
{
    /// <summary>Washington L&amp;I as the clearinghouse names it (intake's payer directory has no clearinghouse id for it).</summary>
    public const string LniPayerName = "WASHINGTON STATE L&I";

    public const string LniPayerId = "916001069";

    public static (ProfessionalClaim? Claim, IReadOnlyList<string> Missing) Build(Claim claim, ClaimDetails details)
    {
        var missing = new List<string>();
        if (claim.Problem is { } problem)
        {
            missing.Add(problem);
        }

        if (details.Address is null)
        {
            missing.Add("the patient's address (intake)");
        }

        if (details.DiagnosisCodes.Count == 0)
        {
            missing.Add("a diagnosis code on the prescription (R4)");
        }

        var filing = claim.CoverageType switch
        {
            CoverageType.WorkersCompensation => ClaimFiling.WorkersCompensation,
            CoverageType.PersonalInjuryProtection => ClaimFiling.AutoMedical,
            _ => ClaimFiling.Commercial,
        };
        switch (filing)
        {
            case ClaimFiling.Commercial when details.MemberId is null || details.PayerId is null:
                missing.Add("the payer and the member id (R3)");
                break;
            case ClaimFiling.AutoMedical when details.ClaimNumber is null || details.DateOfInjury is null || details.StateOfInjury is null:
                missing.Add("the PIP claim number, date and state of injury (R2)");
                break;
            case ClaimFiling.WorkersCompensation when details.ClaimNumber is null || details.DateOfInjury is null || details.EmployerName is null:
                // The subscriber of an L&I claim is the employer; the worker is the patient.
                missing.Add("the L&I claim number, date of injury and employer (R1)");
                break;
        }

        if (missing.Count > 0)
        {
            return (null, missing);
        }

        var address = new ClaimAddress(details.Address!.Line1, details.Address.Line2, details.Address.City, details.Address.State, details.Address.PostalCode);
        var name = new ClaimName(details.LastName.ToUpperInvariant(), details.FirstName.ToUpperInvariant());
        var pointers = Enumerable.Range(1, Math.Min(4, details.DiagnosisCodes.Count)).ToList();
        var workersComp = filing == ClaimFiling.WorkersCompensation;
        return (new ProfessionalClaim(
            claim.ControlNumber,
            filing,
            claim.Frequency,
            claim.PayerClaimNumber,
            workersComp
                ? new Subscriber(new ClaimName(details.EmployerName!.ToUpperInvariant(), null), details.ClaimNumber!, null, null, "U", null)
                : new Subscriber(name, details.MemberId ?? details.ClaimNumber!, details.GroupNumber, details.BirthDate, "U", address),
            workersComp ? new ClaimPatient(name, details.BirthDate, "U", address) : null,
            new ClaimName(workersComp ? LniPayerName : (details.PayerName ?? "AUTO PIP CARRIER").ToUpperInvariant(), null),
            workersComp ? LniPayerId : details.PayerId ?? "PIP",
            details.ClaimNumber,
            filing is ClaimFiling.AutoMedical or ClaimFiling.WorkersCompensation ? details.DateOfInjury : null,
            filing == ClaimFiling.AutoMedical ? details.StateOfInjury : null,
            claim.AuthorizationNumber,
            details.DiagnosisCodes,
            new Practitioner(PersonName(details.PrescriberName), details.PrescriberNpi),
            new Practitioner(PersonName(claim.TherapistName), claim.TherapistNpi),
            claim.Lines.Select(l => new ProfessionalLine(l.Code, [], l.Charge, l.Units, claim.DateOfService, pointers)).ToList()), []);
    }

    /// <summary>The 837P interchange of these claims, as the clinic sends it to the clearinghouse.</summary>
    public static string Write(ClinicProvider clinic, IReadOnlyList<ProfessionalClaim> claims, int controlNumber, DateTimeOffset at)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Claim837.Write(text, Provider(clinic), new ClaimName(clinic.ReceiverName, null), clinic.ReceiverId, claims, Envelope(clinic, controlNumber, at));
        return text.ToString();
    }

    public static X12Envelope Envelope(ClinicProvider clinic, int controlNumber, DateTimeOffset at) =>
        new(new X12Party("ZZ", clinic.SubmitterId, clinic.SubmitterId), new X12Party("ZZ", clinic.ReceiverId, clinic.ReceiverId), controlNumber, at, clinic.Production);

    public static BillingProvider Provider(ClinicProvider clinic) =>
        new(clinic.Name, clinic.Npi, clinic.TaxId, new ClaimAddress(clinic.AddressLine1, null, clinic.City, clinic.State, clinic.PostalCode));

    /// <summary>"Dr. Ana Reyes" → REYES, ANA; "Maya Chen, LMT" → CHEN, MAYA: titles and credentials are not part of a name on a claim.</summary>
    public static ClaimName PersonName(string written)
    {
        var name = written.Split(',')[0].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.TrimEnd('.').Equals("Dr", StringComparison.OrdinalIgnoreCase)).ToList();
        return words.Count switch
        {
            0 => new ClaimName(written.ToUpperInvariant(), ""),
            1 => new ClaimName(words[0].ToUpperInvariant(), ""),
            _ => new ClaimName(words[^1].ToUpperInvariant(), string.Join(' ', words[..^1]).ToUpperInvariant()),
        };
    }
}
