namespace Ballaura.Billing.Documents;

/// <summary>The auto claim an invoice is for: carrier, claim number and the accident.</summary>
public sealed record PipClaim(string Carrier, string ClaimNumber, DateOnly? DateOfInjury, string? StateOfInjury);

/// <summary>
/// R21: some PIP carriers reimburse the patient instead of paying the clinic. The patient pays and gets this invoice —
/// the clinic as provider, the PIP claim, each visit itemised with CPT codes and diagnoses, and what the patient paid —
/// to send to their own auto carrier.
/// </summary>
public static class PipInvoice
{
    public static byte[] Render(Claims.ClinicProvider clinic, DocumentPatient patient, PipClaim pip, IReadOnlyList<DocumentVisit> visits, decimal patientPaid, DateOnly issued)
    {
        var pdf = new PdfPages("PIP invoice").Heading($"Invoice for personal injury protection (PIP) - {clinic.Name}");
        Superbill.Provider(pdf, clinic);
        pdf.Line($"Issued {issued:MMMM d, yyyy}.");
        Superbill.Patient(pdf, patient);
        pdf.Section("Auto claim")
            .Line($"Carrier: {pip.Carrier} - PIP claim number {pip.ClaimNumber}")
            .Line($"Accident: {pip.DateOfInjury?.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "date not given"}"
                + (pip.StateOfInjury is { } state ? $" in {state}" : ""));
        foreach (var visit in visits)
        {
            Superbill.Visit(pdf, visit);
        }

        var charged = visits.Sum(v => v.Charged);
        pdf.Section("Amount")
            .Line($"Total charged {Superbill.Money(charged)}; paid by the patient {Superbill.Money(patientPaid)}; still due {Superbill.Money(charged - patientPaid)}.")
            .Line("Please reimburse the insured under their own policy's PIP coverage (R21).");
        return pdf.Build();
    }
}
