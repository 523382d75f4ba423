using Ballaura.Scheduling.Bookings;
using Xunit;

namespace Ballaura.Scheduling.Tests.Bookings;

/// <summary>R11 (insurance visits by phone only) and R12 (add-ons in the same phone booking).</summary>
public sealed class ChannelRulesTests
{
    private static readonly BookingItem Massage = new("insurance-massage-60", "Medical massage, 60 minutes", 60, null, true);
    private static readonly BookingItem Cupping = new("cupping", "Cupping add-on", 15, 30m, false);

    [Fact]
    public void An_insurance_visit_from_the_web_is_refused_with_the_number_to_call_R11()
    {
        var refusal = ChannelRules.Check(Draft(BookingChannel.Web, Massage), insuranceVisitThatDay: false, "360-539-7700");
        Assert.Equal("R11", refusal!.Rule);
        Assert.Contains("call us at 360-539-7700", refusal.Detail);
    }

    [Theory]
    [InlineData(BookingChannel.PhoneSystem)]
    [InlineData(BookingChannel.FrontDesk)]
    public void The_phone_system_and_front_desk_book_insurance_visits_with_their_add_ons(BookingChannel channel) =>
        Assert.Null(ChannelRules.Check(Draft(channel, Massage, Cupping), insuranceVisitThatDay: false, "360-539-7700"));

    [Fact]
    public void A_web_self_booking_on_the_day_of_an_insurance_visit_is_refused_with_the_call_message_R12()
    {
        var refusal = ChannelRules.Check(Draft(BookingChannel.Web, Cupping), insuranceVisitThatDay: true, "360-539-7700");
        Assert.Equal("R12", refusal!.Rule);
        Assert.Contains("Call us", refusal.Detail);
    }

    [Fact]
    public void Staff_are_told_to_put_a_same_day_add_on_into_the_insurance_booking_R12()
    {
        var refusal = ChannelRules.Check(Draft(BookingChannel.PhoneSystem, Cupping), insuranceVisitThatDay: true, "360-539-7700");
        Assert.Equal("R12", refusal!.Rule);
        Assert.Contains("same booking", refusal.Title);
    }

    [Fact]
    public void A_web_self_booking_on_another_day_is_fine() =>
        Assert.Null(ChannelRules.Check(Draft(BookingChannel.Web, Cupping), insuranceVisitThatDay: false, "360-539-7700"));

    private static BookingDraft Draft(BookingChannel channel, params BookingItem[] items) =>
        new(Guid.NewGuid(), items.Any(i => i.Insurance) ? Guid.NewGuid() : null, Guid.NewGuid(), null,
            new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero), items, channel, null);
}
