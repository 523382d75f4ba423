using Ballaura.Billing.Coding;
using Xunit;

namespace Ballaura.Billing.Tests.Coding;

/// <summary>Minutes per modality → CPT lines: the 8-minute rule, over the total or code by code.</summary>
public sealed class CptCodingTests
{
    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    [InlineData(52, 3)]
    [InlineData(53, 4)]
    [InlineData(67, 4)]
    [InlineData(68, 5)]
    public void The_8_minute_rule(int minutes, int units) => Assert.Equal(units, CptCoding.UnitsFor(minutes));

    [Fact]
    public void The_CMS_example_33_minutes_of_one_code_and_7_of_another_are_2_plus_1_units()
    {
        var lines = CptCoding.Code([("deep-tissue", 33), ("myofascial-release", 7)], UnitMethod.TotalTime);
        Assert.Equal([("97124", 2), ("97140", 1)], lines.Select(l => (l.Code, l.Units)));
    }

    [Fact]
    public void Counted_code_by_code_the_same_session_drops_the_7_minutes()
    {
        var lines = CptCoding.Code([("deep-tissue", 33), ("myofascial-release", 7)], UnitMethod.PerCode);
        Assert.Equal([("97124", 2)], lines.Select(l => (l.Code, l.Units)));
    }

    [Fact]
    public void Modalities_of_the_same_code_add_up_before_the_rule()
    {
        // Swedish 20 + deep tissue 10 = 30 minutes of 97124 → 2 units; trigger point 25 + cupping 15 = 40 of 97140 → 3; total 70 → 5 units.
        var lines = CptCoding.Code([("swedish", 20), ("deep-tissue", 10), ("trigger-point-therapy", 25), ("cupping", 15)], UnitMethod.TotalTime);
        Assert.Equal([("97124", 2, 30), ("97140", 3, 40)], lines.Select(l => (l.Code, l.Units, l.Minutes)));
    }

    [Fact]
    public void Seven_minutes_alone_bill_nothing()
    {
        Assert.Empty(CptCoding.Code([("swedish", 7)], UnitMethod.TotalTime));
    }

    [Fact]
    public void Hot_and_cold_packs_are_one_untimed_unit_and_do_not_count_toward_the_timed_total()
    {
        var lines = CptCoding.Code([("hot-cold-packs", 10), ("neuromuscular-therapy", 22)], UnitMethod.TotalTime);
        Assert.Equal([("97010", 1, false), ("97112", 1, true)], lines.Select(l => (l.Code, l.Units, l.Timed)));
    }

    [Fact]
    public void A_modality_without_a_code_is_refused_not_guessed() =>
        Assert.Throws<ArgumentException>(() => CptCoding.Code([("acupuncture", 30)], UnitMethod.TotalTime));
}
