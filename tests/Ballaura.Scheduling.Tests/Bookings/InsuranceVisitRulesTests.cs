using Ballaura.Contracts;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Cards;
using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Tests.Clinic;
using Xunit;

namespace Ballaura.Scheduling.Tests.Bookings;

/// <summary>R7–R9 and R13 for one insurance visit: each refusal names its rule, and staff see "visit N of M".</summary>
public sealed class InsuranceVisitRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero); // Friday 4 Dec, 12:00 in Olympia
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly DateOnly NextTuesday = new(2026, 12, 8);
    private static readonly Guid Prescription = Guid.NewGuid();

    [Fact]
    public void A_ready_case_books_its_first_visit_and_says_where_it_stands()
    {
        var (position, refusal) = Check(ReadyCase(), Card(), [], NextTuesday);
        Assert.Null(refusal);
        Assert.Equal("visit 1 of 12, prescription expires in 89 days", position!.Label);
    }

    [Fact]
    public void The_visit_number_counts_the_visits_held_on_the_prescription_before_it()
    {
        var visits = Enumerable.Range(0, 4).Select(i => Visit(new DateOnly(2026, 11, 2).AddDays(7 * i))).ToList();
        var (position, _) = Check(ReadyCase(expiresOn: new DateOnly(2026, 12, 17)), Card(), visits, NextTuesday);
        Assert.Equal("visit 5 of 12, prescription expires in 13 days", position!.Label);
    }

    [Fact]
    public void Coverage_must_be_verified_R7()
    {
        var unverified = SchedulingCase.Known(Guid.NewGuid(), Guid.NewGuid(), Now, null);
        unverified.Opened(CoverageType.MajorMedical, Now);
        AssertRefused("R7", "not verified", Check(unverified, Card(), [], NextTuesday));
    }

    [Fact]
    public void Coverage_that_lapsed_since_verification_stops_booking_R13()
    {
        var lapsed = ReadyCase();
        lapsed.NotCovered(Now.AddMinutes(-5), "Coverage ended 30 November.");
        AssertRefused("R13", "lapsed", Check(lapsed, Card(), [], NextTuesday));
    }

    [Fact]
    public void A_verification_after_the_lapse_makes_the_case_bookable_again()
    {
        var renewed = ReadyCase();
        renewed.NotCovered(Now.AddDays(-2), "Coverage ended.");
        renewed.Verified(Now.AddDays(-1), authorizationRequired: false, visitsRemaining: null);
        Assert.Null(Check(renewed, Card(), [], NextTuesday).Refusal);
    }

    [Fact]
    public void Unsigned_paperwork_R8() => AssertRefused("R8", "not signed", Check(ReadyCase(signed: false), Card(), [], NextTuesday));

    [Fact]
    public void No_card_on_file_R9() => AssertRefused("R9", "No card", Check(ReadyCase(), null, [], NextTuesday));

    [Fact]
    public void A_card_expiring_before_the_visit_R9() => AssertRefused("R9", "expires", Check(ReadyCase(), Card(expiryMonth: 11, expiryYear: 2026), [], NextTuesday));

    [Fact]
    public void A_card_is_good_through_the_last_day_of_its_month()
    {
        Assert.Null(Check(ReadyCase(), Card(expiryMonth: 12, expiryYear: 2026), [], new DateOnly(2026, 12, 31)).Refusal);
    }

    [Fact]
    public void No_prescription_R4()
    {
        var noPrescription = SchedulingCase.Known(Guid.NewGuid(), Guid.NewGuid(), Now, null);
        noPrescription.Opened(CoverageType.MajorMedical, Now);
        noPrescription.Verified(Now, false, null);
        noPrescription.PaperworkSigned(Now);
        AssertRefused("R4", "No prescription", Check(noPrescription, Card(), [], NextTuesday));
    }

    [Fact]
    public void A_visit_after_the_prescription_expired_R13() =>
        AssertRefused("R13", "expired", Check(ReadyCase(expiresOn: new DateOnly(2026, 12, 7)), Card(), [], NextTuesday));

    [Fact]
    public void Without_a_stated_expiry_the_clinic_default_applies_R13()
    {
        // Prescribed 3 Dec, 90 days by default: good through 3 March 2027.
        Assert.Null(Check(ReadyCase(), Card(), [], new DateOnly(2027, 3, 3)).Refusal);
        AssertRefused("R13", "expired", Check(ReadyCase(), Card(), [], new DateOnly(2027, 3, 4)));
    }

    [Fact]
    public void No_visits_left_on_the_prescription_R13_never_visit_13_of_12()
    {
        var twelve = Enumerable.Range(0, 12).Select(i => Visit(new DateOnly(2026, 9, 7).AddDays(7 * i))).ToList();
        AssertRefused("R13", "No prescribed visits left", Check(ReadyCase(), Card(), twelve, NextTuesday));
    }

    [Fact]
    public void Cancelled_and_no_show_visits_are_not_counted_because_the_caller_leaves_them_out()
    {
        var eleven = Enumerable.Range(0, 11).Select(i => Visit(new DateOnly(2026, 9, 7).AddDays(7 * i))).ToList();
        var (position, refusal) = Check(ReadyCase(), Card(), eleven, NextTuesday);
        Assert.Null(refusal);
        Assert.Equal(12, position!.VisitNumber);
    }

    [Fact]
    public void The_weekly_frequency_is_counted_in_the_clinics_calendar_week_R13()
    {
        // Two visits a week: Sunday 6 and Monday 7 December fill the week of Sunday 6 December.
        List<CaseVisit> twoThisWeek = [Visit(new DateOnly(2026, 12, 6)), Visit(new DateOnly(2026, 12, 7))];
        AssertRefused("R13", "frequency", Check(ReadyCase(), Card(), twoThisWeek, NextTuesday));
        // Saturday 5 December belongs to the week before: Tuesday is still free.
        List<CaseVisit> lastWeek = [Visit(new DateOnly(2026, 12, 5)), Visit(new DateOnly(2026, 12, 7))];
        Assert.Null(Check(ReadyCase(), Card(), lastWeek, NextTuesday).Refusal);
    }

    [Fact]
    public void The_plans_visits_left_from_the_271_are_respected_R13()
    {
        var schedulingCase = ReadyCase(visitsRemaining: 1);
        List<CaseVisit> oneBooked = [Visit(new DateOnly(2026, 12, 7))];
        AssertRefused("R13", "plan", Check(schedulingCase, Card(), oneBooked, new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public void An_LnI_claim_books_six_visits_without_authorization_and_the_seventh_needs_one()
    {
        var lni = ReadyCase(coverage: CoverageType.WorkersCompensation);
        var six = Enumerable.Range(0, 6).Select(i => Visit(new DateOnly(2026, 10, 26).AddDays(7 * i))).ToList();
        Assert.Null(Check(lni, Card(), six.Take(5).ToList(), NextTuesday).Refusal);
        AssertRefused("R13", "authorization", Check(lni, Card(), six, NextTuesday));

        lni.Authorized(CaseAuthorization.Of(Guid.NewGuid(), lni.CaseId, "LNI-7781", 6, new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31)));
        var (position, refusal) = Check(lni, Card(), six, NextTuesday);
        Assert.Null(refusal);
        Assert.Equal("LNI-7781", position!.AuthorizationNumber);
    }

    [Fact]
    public void An_HMO_visit_needs_an_authorization_covering_its_date()
    {
        var hmo = ReadyCase(authorizationRequired: true);
        AssertRefused("R13", "authorization", Check(hmo, Card(), [], NextTuesday));
        hmo.Authorized(CaseAuthorization.Of(Guid.NewGuid(), hmo.CaseId, "KP-1234", 2, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)));
        Assert.Null(Check(hmo, Card(), [], NextTuesday).Refusal);
        AssertRefused("R13", "authorization", Check(hmo, Card(), [], new DateOnly(2027, 1, 5)));
    }

    [Fact]
    public void A_closed_case_books_nothing()
    {
        var closed = ReadyCase();
        closed.Close(Now, "Closed by the clinic.");
        var (_, refusal) = Check(closed, Card(), [], NextTuesday);
        Assert.Equal(409, refusal!.Status);
    }

    private static SchedulingCase ReadyCase(
        bool signed = true, DateOnly? expiresOn = null, int? visitsRemaining = null, bool authorizationRequired = false,
        CoverageType coverage = CoverageType.MajorMedical)
    {
        var schedulingCase = SchedulingCase.Known(Guid.NewGuid(), Guid.NewGuid(), Now, null);
        schedulingCase.Opened(coverage, Now.AddDays(-10));
        schedulingCase.Verified(Now.AddDays(-3), authorizationRequired, visitsRemaining);
        schedulingCase.Prescribed(Prescription, 12, 2, new DateOnly(2026, 12, 3), expiresOn, Now.AddDays(-1));
        if (signed)
        {
            schedulingCase.PaperworkSigned(Now.AddDays(-2));
        }

        return schedulingCase;
    }

    private static CardOnFile Card(int expiryMonth = 8, int expiryYear = 2029)
    {
        var card = CardOnFile.Hold(Guid.NewGuid());
        card.Replace("tok_visa_4242abcd", "visa", "4242", expiryMonth, expiryYear, Now);
        return card;
    }

    private static CaseVisit Visit(DateOnly date) =>
        new(TestCalendar.Calendar.At(date, new TimeOnly(10, 0)), date, Prescription);

    private static (VisitPosition? Position, BookingRefusal? Refusal) Check(SchedulingCase schedulingCase, CardOnFile? card, List<CaseVisit> visits, DateOnly date) =>
        InsuranceVisitRules.Check(schedulingCase, card, visits, date, Today, TestCalendar.Calendar.WeekOf, defaultValidityDays: 90);

    private static void AssertRefused(string rule, string words, (VisitPosition? Position, BookingRefusal? Refusal) result)
    {
        Assert.Null(result.Position);
        Assert.NotNull(result.Refusal);
        Assert.Equal(rule, result.Refusal!.Rule);
        Assert.Contains(words, result.Refusal.Title + " " + result.Refusal.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
