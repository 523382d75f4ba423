namespace Ballaura.Intake.Paperwork;

/// <summary>The clinic's insurance paperwork and payment policy, version 1, in the clinic's own words (seed text).</summary>
internal static class PaperworkSeed
{
    public const string DocumentId = "insurance-payment-policy";

    public static object Version1 => new
    {
        Id = DocumentId,
        Version = 1,
        Title = "Insurance Payment Policy Agreement",
        PublishedAt = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero),
        Text = """
            As a courtesy to our clients, we offer insurance billing. As part of that service, we at Ballaura Wellness Spa will contact your insurance company to verify your benefits. We require you to call and know your benefits as well. We also highly recommend that you call our office to clarify any questions about your insurance benefits. If you are aware of any limitation(s) on your insurance benefits, please notify us immediately to allow us to try to maximize your coverage and minimize your out-of-pocket expenses. You are fully responsible for any deductibles, copayments, and non-covered services. We require you to keep a card on file that we will automatically be charged for patient responsibility balances that go beyond 30-days. We will also automatically charge for non-covered services. We will not charge until we have tried to rebill, or the claim exceeds 90-days.

            We do not bill secondary insurance. We can provide you information for the visit to submit on your own.

            Insurance-covered massages must be scheduled by phone only. The card we hold for your appointment will only be charged if you do not show up to your appointment or cancel within 24 hours of your appointment.
            """,
    };
}
