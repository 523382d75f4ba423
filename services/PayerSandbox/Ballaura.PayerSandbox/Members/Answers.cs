using Ballaura.X12.Eligibility;

namespace Ballaura.PayerSandbox.Members;

/// <summary>What the payer answers to one inquiry: benefits, or the AAA a real payer would send.</summary>
public static class Answers
{
    public static EligibilityResponse For(EligibilityInquiry inquiry, SandboxPayers payers)
    {
        var payerName = payers.PayerName(inquiry.Payer.Id);
        if (payerName is null)
        {
            // Not a payer behind this clearinghouse: rejected at the payer level, no subscriber loop.
            return Reject(inquiry, "2100A", "41", "N") with { TraceNumber = null, Member = null };
        }

        var member = payers.Find(inquiry.Payer.Id, inquiry.Member.MemberId);
        if (member is null)
        {
            return Reject(inquiry, "2100C", "75", "C");
        }

        if (member.LastName is { } lastName && !string.Equals(lastName, inquiry.Member.LastName, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(inquiry, "2100C", "73", "C");
        }

        if (member.BirthDate is { } born && born != inquiry.Member.BirthDate)
        {
            return Reject(inquiry, "2100C", "71", "C");
        }

        return new EligibilityResponse(
            inquiry.Reference, inquiry.TraceNumber, new X12Entity(payerName, inquiry.Payer.Id),
            inquiry.Member with { GroupNumber = member.GroupNumber }, SandboxPayers.PlanBegin, member.Benefits, []);
    }

    public static EligibilityResponse PayerCannotRespond(EligibilityInquiry inquiry) =>
        Reject(inquiry, "2100A", "42", "R") with { TraceNumber = null, Member = null };

    private static EligibilityResponse Reject(EligibilityInquiry inquiry, string loop, string reason, string followUp) => new(
        inquiry.Reference, inquiry.TraceNumber, inquiry.Payer, inquiry.Member, null, [], [new AaaRejection(loop, true, reason, followUp)]);
}
