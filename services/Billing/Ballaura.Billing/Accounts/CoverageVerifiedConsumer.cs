using Ballaura.Billing.Data;
using Ballaura.Contracts.Eligibility;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Accounts;

/// <summary>
/// Keeps the plan's copay on the billing case (R16). A verification that overtakes its CaseOpened is retried (the
/// case is always opened first at intake; the broker may deliver out of order).
/// </summary>
public sealed class CoverageVerifiedConsumer(BillingDbContext db) : IConsumer<CoverageVerified>
{
    public async Task Consume(ConsumeContext<CoverageVerified> context)
    {
        var verified = context.Message;
        var billingCase = await db.BillingCases.FirstOrDefaultAsync(c => c.CaseId == verified.CaseId, context.CancellationToken)
            ?? throw new InvalidOperationException($"Case {verified.CaseId} is not known to Billing yet; the verification is retried.");
        billingCase.Verified(verified.Copay, verified.VerifiedAt);
    }
}
