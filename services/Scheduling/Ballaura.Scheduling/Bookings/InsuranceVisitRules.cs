using Ballaura.Contracts;
using Ballaura.Scheduling.Cards;
using Ballaura.Scheduling.Cases;

namespace Ballaura.Scheduling.Bookings;

/// <summary>An insurance visit that holds its place on the case: when it is (and its clinic-local date), and which prescription it uses.</summary>
public sealed record CaseVisit(DateTimeOffset Start, DateOnly LocalDate, Guid? PrescriptionId);

/// <summary>
/// Whether an insurance visit may be booked on a case (R7–R9, R13, L&amp;I authorizations): each refusal names its rule.
/// Pure: the caller loads the case, the card and the visits that hold their place (cancelled and no-show visits do not).
/// </summary>
public static class InsuranceVisitRules
{
    /// <summary>L&amp;I: visits 1–6 of a claim need no authorization; from the 7th on, one must cover the visit (WAC 296-23-250).</summary>
    public const int LniVisitsWithoutAuthorization = 6;

    public static (VisitPosition? Position, BookingRefusal? Refusal) Check(
        SchedulingCase schedulingCase,
        CardOnFile? card,
        IReadOnlyList<CaseVisit> otherVisits,
        DateOnly visitDate,
        DateOnly today,
        Func<DateOnly, DateOnly> weekOf,
        int defaultValidityDays)
    {
        if (schedulingCase.IsClosed)
        {
            return Refuse("R6", "The case is closed.", schedulingCase.ClosedBecause ?? "Nothing more can be booked on it.", StatusCodes.Status409Conflict);
        }

        if (schedulingCase.CoverageType is not { } coverage)
        {
            return Refuse("R7", "The case is still arriving from intake.", "Try again in a moment.", StatusCodes.Status409Conflict);
        }

        if (!schedulingCase.IsCovered)
        {
            return schedulingCase.VerifiedAt is null
                ? Refuse("R7", "Coverage is not verified yet.", "Insurance visits are booked once the payer has confirmed coverage.")
                : Refuse("R13", "Coverage lapsed since it was verified.", $"The payer no longer confirms coverage: {schedulingCase.NotCoveredReason} Re-verify before booking.");
        }

        if (schedulingCase.PaperworkSignedAt is null)
        {
            return Refuse("R8", "The insurance paperwork is not signed.", "The patient signs the paperwork and payment policy before scheduling.");
        }

        if (card is null)
        {
            return Refuse("R9", "No card on file.", "Take a card to hold the spot (a processor token; never the number or CVV).");
        }

        if (!card.ValidOn(visitDate))
        {
            return Refuse("R9", "The card on file expires before the visit.", $"The {card.Describe()}; take a new card.");
        }

        if (schedulingCase.PrescriptionId is not { } prescriptionId || schedulingCase.PrescribedOn is not { } prescribedOn)
        {
            return Refuse("R4", "No prescription on the case.", "Every insurance visit needs a prescription with visits and frequency.");
        }

        var expiresOn = schedulingCase.PrescriptionExpiresOn ?? prescribedOn.AddDays(defaultValidityDays);
        if (visitDate < prescribedOn)
        {
            return Refuse("R13", "The visit is before the prescription's date.", $"The prescription is dated {prescribedOn:yyyy-MM-dd}.");
        }

        if (visitDate > expiresOn)
        {
            return Refuse("R13", "The prescription has expired by the visit's date.", $"It is good through {expiresOn:yyyy-MM-dd}; the patient needs a new prescription.");
        }

        var onPrescription = otherVisits.Where(v => v.PrescriptionId == prescriptionId).ToList();
        if (onPrescription.Count >= schedulingCase.VisitsPrescribed)
        {
            return Refuse("R13", "No prescribed visits left.",
                $"All {schedulingCase.VisitsPrescribed} prescribed visits are booked or used; the patient needs a new prescription.");
        }

        var week = weekOf(visitDate);
        var sameWeek = otherVisits.Count(v => weekOf(v.LocalDate) == week);
        if (sameWeek >= schedulingCase.VisitsPerWeek)
        {
            return Refuse("R13", "The weekly frequency is used up.",
                $"The prescription allows {schedulingCase.VisitsPerWeek} visit(s) a week; the week starting {week:ddd d MMM} already has {sameWeek}.");
        }

        if (schedulingCase.PayerVisitsRemaining is { } payerLeft && schedulingCase.VerifiedAt is { } verifiedAt
            && otherVisits.Count(v => v.Start >= verifiedAt) >= payerLeft)
        {
            return Refuse("R13", "The plan's visits for the year are used up.", $"The payer stated {payerLeft} visit(s) left when coverage was verified.");
        }

        var claimVisitNumber = otherVisits.Count + 1;
        var (authorization, authorizationRefusal) = CheckAuthorization(schedulingCase, coverage, claimVisitNumber, visitDate);
        if (authorizationRefusal is not null)
        {
            return (null, authorizationRefusal);
        }

        var visitNumber = onPrescription.Count(v => v.LocalDate <= visitDate) + 1;
        return (new VisitPosition(visitNumber, schedulingCase.VisitsPrescribed, expiresOn, expiresOn.DayNumber - today.DayNumber, authorization?.Number), null);
    }

    private static (CaseAuthorization? Authorization, BookingRefusal? Refusal) CheckAuthorization(
        SchedulingCase schedulingCase, CoverageType coverage, int claimVisitNumber, DateOnly visitDate)
    {
        var valid = schedulingCase.Authorizations.Where(a => a.ValidOn(visitDate)).ToList();
        var authorized = valid.Sum(a => a.VisitsAllowed);
        if (coverage == CoverageType.WorkersCompensation)
        {
            if (claimVisitNumber <= LniVisitsWithoutAuthorization)
            {
                return (null, null);
            }

            return claimVisitNumber <= LniVisitsWithoutAuthorization + authorized
                ? (valid[0], null)
                : (null, new BookingRefusal("R13", "L&I needs an authorization for this visit.",
                    $"This would be visit {claimVisitNumber} on the claim; visits 7 and later need an authorization from L&I covering {visitDate:yyyy-MM-dd} (beyond 12, the claim manager's approval)."));
        }

        if (!schedulingCase.AuthorizationRequired)
        {
            return (valid.FirstOrDefault(), null);
        }

        return claimVisitNumber <= authorized
            ? (valid[0], null)
            : (null, new BookingRefusal("R13", "The payer's authorization does not cover this visit.",
                authorized == 0
                    ? $"The plan requires an authorization and none covers {visitDate:yyyy-MM-dd}."
                    : $"The authorization covers {authorized} visit(s); this would be visit {claimVisitNumber}."));
    }

    private static (VisitPosition?, BookingRefusal?) Refuse(string rule, string title, string detail, int status = StatusCodes.Status422UnprocessableEntity) =>
        (null, new BookingRefusal(rule, title, detail, status));
}
