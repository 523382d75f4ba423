using Ballaura.Billing.Claims;
using Ballaura.Billing.Documents;
using UglyToad.PdfPig;
using Xunit;

namespace Ballaura.Billing.Tests.Documents;

/// <summary>The superbill (R20) and PIP invoice (R21) read back from the PDF: what a secondary plan or an auto carrier needs is on the page.</summary>
public sealed class DocumentTests
{
    private static readonly DocumentPatient Patient = new("Ravi Okafor", new DateOnly(1979, 5, 2), "42 Capitol Way S, Olympia, WA 98501");

    private static readonly DocumentVisit Visit = new(new DateOnly(2026, 12, 1),
        [new ClaimLine("97124", 1, 15, 45m, 45m), new ClaimLine("97140", 3, 45, 50m, 150m)],
        ["M54.2", "S13.4XXA"], "Maya Chen, LMT", "1345672012", "Dr. Ana Reyes", "1234567893", 195m, 124.80m, 31.20m);

    [Fact]
    public void A_superbill_carries_the_codes_NPIs_taxonomy_and_amounts_a_secondary_plan_needs()
    {
        var text = TextOf(Superbill.Render(new ClinicProvider(), Patient, [Visit, Visit with { Date = new DateOnly(2026, 12, 8) }], new DateOnly(2026, 12, 10)));

        Assert.Contains("Superbill - BALLAURA WELLNESS SPA", text);
        Assert.Contains("Billing provider NPI 1245319599", text);
        Assert.Contains("Taxonomy 225700000X", text);
        Assert.Contains("Ravi Okafor, born 05/02/1979", text);
        Assert.Contains("Visit of 12/01/2026", text);
        Assert.Contains("Visit of 12/08/2026", text);
        // Diagnoses as prescribed, with their decimal point (a claim drops it; a document for people keeps it).
        Assert.Contains("Diagnoses (ICD-10-CM): M54.2, S13.4XXA", text);
        Assert.Contains("Maya Chen, LMT, NPI 1345672012", text);
        Assert.Contains("Dr. Ana Reyes, NPI 1234567893", text);
        Assert.Contains("97140", text);
        Assert.Contains("$150.00", text);
        Assert.Contains("Charged $390.00; paid by the primary insurer $249.60; patient's share $62.40.", text);
        Assert.Contains("We do not bill secondary insurance (R20)", text);
    }

    [Fact]
    public void Many_visits_run_onto_more_pages_without_losing_one()
    {
        var visits = Enumerable.Range(0, 40).Select(i => Visit with { Date = new DateOnly(2026, 1, 1).AddDays(i) }).ToList();
        using var document = PdfDocument.Open(Superbill.Render(new ClinicProvider(), Patient, visits, new DateOnly(2026, 12, 10)));

        Assert.True(document.NumberOfPages > 1);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Equal(40, visits.Count(v => text.Contains($"Visit of {v.Date:MM/dd/yyyy}", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_PIP_invoice_names_the_carrier_claim_accident_and_what_the_patient_paid()
    {
        var text = TextOf(PipInvoice.Render(new ClinicProvider(), Patient, new PipClaim("Progressive", "PIP-2026-0042", new DateOnly(2026, 11, 20), "WA"),
            [Visit], 95m, new DateOnly(2026, 12, 10)));

        Assert.Contains("Carrier: Progressive - PIP claim number PIP-2026-0042", text);
        Assert.Contains("Accident: 11/20/2026 in WA", text);
        Assert.Contains("Total charged $195.00; paid by the patient $95.00; still due $100.00.", text);
        Assert.Contains("(R21)", text);
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // One line of the page per text run: words joined the way they were written.
        return string.Join("\n", document.GetPages().SelectMany(p => p.GetWords()).GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .Select(line => string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));
    }
}
