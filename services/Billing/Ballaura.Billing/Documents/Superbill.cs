using System.Globalization;
using Ballaura.Billing.Claims;
using Ballaura.X12.Claims;

namespace Ballaura.Billing.Documents;

/// <summary>One visit on a superbill or invoice: its date, lines, diagnoses, who treated and who prescribed, and the money.</summary>
public sealed record DocumentVisit(
    DateOnly Date,
    IReadOnlyList<ClaimLine> Lines,
    IReadOnlyList<string> Diagnoses,
    string TherapistName,
    string TherapistNpi,
    string PrescriberName,
    string PrescriberNpi,
    decimal Charged,
    decimal InsurerPaid,
    decimal PatientShare);

public sealed record DocumentPatient(string Name, DateOnly BirthDate, string? Address);

/// <summary>
/// R20: the clinic does not bill secondary insurance; the patient gets this superbill to submit themselves — the
/// clinic as billing provider (NPI, tax id, taxonomy 225700000X), each visit's date, CPT codes with units and charges,
/// ICD-10-CM codes as prescribed, the rendering therapist's and the prescriber's NPI, and what was paid.
/// </summary>
public static class Superbill
{
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    public static byte[] Render(ClinicProvider clinic, DocumentPatient patient, IReadOnlyList<DocumentVisit> visits, DateOnly issued)
    {
        var pdf = new PdfPages("Superbill").Heading($"Superbill - {clinic.Name}");
        Provider(pdf, clinic);
        pdf.Line($"Issued {issued:MMMM d, yyyy}. Place of service 11 (office).");
        Patient(pdf, patient);
        foreach (var visit in visits)
        {
            Visit(pdf, visit);
        }

        pdf.Section("Totals")
            .Line($"Charged {Money(visits.Sum(v => v.Charged))}; paid by the primary insurer {Money(visits.Sum(v => v.InsurerPaid))}; patient's share {Money(visits.Sum(v => v.PatientShare))}.")
            .Line("We do not bill secondary insurance (R20): submit this superbill to your secondary plan yourself.");
        return pdf.Build();
    }

    internal static void Provider(PdfPages pdf, ClinicProvider clinic) => pdf
        .Line($"{clinic.AddressLine1}, {clinic.City}, {clinic.State} {clinic.PostalCode}")
        .Line($"Billing provider NPI {clinic.Npi} - Tax id {clinic.TaxId} - Taxonomy {Claim837.MassageTherapistTaxonomy} (massage therapist)");

    internal static void Patient(PdfPages pdf, DocumentPatient patient)
    {
        pdf.Section("Patient").Line($"{patient.Name}, born {patient.BirthDate:MM/dd/yyyy}");
        if (patient.Address is { } address)
        {
            pdf.Line(address);
        }
    }

    internal static void Visit(PdfPages pdf, DocumentVisit visit)
    {
        pdf.Section($"Visit of {visit.Date:MM/dd/yyyy}")
            .Line($"Diagnoses (ICD-10-CM): {string.Join(", ", visit.Diagnoses)}")
            .Line($"Rendering therapist: {visit.TherapistName}, NPI {visit.TherapistNpi}, taxonomy {Claim837.MassageTherapistTaxonomy}")
            .Line($"Referring prescriber: {visit.PrescriberName}, NPI {visit.PrescriberNpi}")
            .HeaderRow((0, "CPT"), (60, "Units"), (110, "Minutes"), (170, "Diagnosis pointers"), (300, "Charge"));
        foreach (var line in visit.Lines)
        {
            pdf.Row((0, line.Code), (60, line.Units.ToString(CultureInfo.InvariantCulture)), (110, line.Minutes.ToString(CultureInfo.InvariantCulture)),
                (170, string.Join(",", Enumerable.Range(1, Math.Min(4, visit.Diagnoses.Count)))), (300, Money(line.Charge)));
        }

        pdf.Line($"Charged {Money(visit.Charged)}; insurer paid {Money(visit.InsurerPaid)}; patient's share {Money(visit.PatientShare)}.");
    }

    internal static string Money(decimal amount) => amount.ToString("C", Dollars);
}
