namespace Ballaura.X12.Eligibility;

/// <summary>The member the inquiry is about (loop 2100C). The subscriber is the patient in every case we send.</summary>
public sealed record X12Member(string MemberId, string FirstName, string LastName, DateOnly BirthDate, string? GroupNumber = null);

/// <summary>A payer (2100A, <c>NM1*PR</c>, id qualifier PI) or the clinic as information receiver (2100B, <c>NM1*1P</c>, NPI).</summary>
public sealed record X12Entity(string Name, string Id);

/// <summary>
/// A 270 eligibility inquiry (005010X279A1) for one member. <paramref name="TraceNumber"/> comes back in the
/// 271 as <c>TRN*2</c>; <paramref name="Reference"/> (BHT03) is how an answer without a subscriber loop is matched.
/// </summary>
/// <param name="ServiceDate">The planned visit's date (DTP*291), never the policy's date.</param>
/// <param name="ServiceTypes">EQ01 codes, e.g. BE (massage therapy).</param>
public sealed record EligibilityInquiry(
    string Reference,
    string TraceNumber,
    string TraceOriginator,
    X12Entity Payer,
    X12Entity Provider,
    X12Member Member,
    DateOnly ServiceDate,
    IReadOnlyList<string> ServiceTypes);
