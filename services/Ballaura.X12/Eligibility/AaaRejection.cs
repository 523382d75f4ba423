namespace Ballaura.X12.Eligibility;

/// <summary>What the front desk should do about a rejection.</summary>
public enum RejectionAction
{
    /// <summary>Something we sent is wrong (member id, name, birth date): correct it, then verify again.</summary>
    FixAndResubmit,

    /// <summary>The payer could not answer now: ask again later, automatically.</summary>
    TryLater,

    /// <summary>Asking again will not help: call the payer or review the case.</summary>
    DoNotResubmit,
}

/// <summary>
/// An AAA segment: the payer could not or would not answer. Whether to ask again follows AAA01 and AAA04, not
/// the reason code alone (domain: X12 facts).
/// </summary>
/// <param name="Loop">2100A payer, 2100B provider, 2100C subscriber.</param>
/// <param name="ValidRequest">AAA01: Y the request was valid, N it was not.</param>
/// <param name="ReasonCode">AAA03, e.g. 42, 72, 75.</param>
/// <param name="FollowUp">AAA04: C correct and resubmit, N do not resubmit, R resubmission allowed, Y do not resubmit (already on file).</param>
public sealed record AaaRejection(string Loop, bool ValidRequest, string ReasonCode, string FollowUp)
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["04"] = "The provider is not authorized to ask about this member.",
        ["15"] = "A required field is missing from the inquiry.",
        ["41"] = "The provider is not authorized to ask this payer.",
        ["42"] = "The payer's system cannot answer right now.",
        ["43"] = "The provider's NPI is not valid for this payer.",
        ["58"] = "The birth date is invalid or missing.",
        ["71"] = "The birth date does not match the payer's record.",
        ["72"] = "The member id is not valid for this payer.",
        ["73"] = "The name does not match the payer's record.",
        ["75"] = "The payer did not find the subscriber.",
        ["76"] = "The payer found more than one matching member.",
        ["79"] = "The payer's system could not process the inquiry.",
        ["80"] = "The payer did not answer (no response from the payer).",
    };

    /// <summary>The reason in words the front desk understands.</summary>
    public string Meaning => Meanings.TryGetValue(ReasonCode, out var meaning) ? meaning : $"The payer rejected the inquiry (reason {ReasonCode}).";

    /// <summary>What to do next, from AAA04 first and then the reason (an unknown follow-up code is read from the reason).</summary>
    public RejectionAction Action => FollowUp switch
    {
        "R" when ReasonCode is "42" or "79" or "80" => RejectionAction.TryLater,
        "R" or "C" when ReasonCode is "58" or "71" or "72" or "73" or "75" or "76" or "15" => RejectionAction.FixAndResubmit,
        "R" => RejectionAction.TryLater,
        "C" => RejectionAction.FixAndResubmit,
        "N" or "Y" => RejectionAction.DoNotResubmit,
        _ when ReasonCode is "42" or "79" or "80" => RejectionAction.TryLater,
        _ => RejectionAction.FixAndResubmit,
    };
}
