using Ballaura.Security;

namespace Ballaura.Scheduling.Bookings;

/// <summary>Which channel a booking comes through, and what each channel may book (R11, R12).</summary>
public static class ChannelRules
{
    /// <summary>The channel is the caller's, never a field the caller sets.</summary>
    public static BookingChannel ChannelOf(Caller caller) =>
        caller.IsPhoneSystem ? BookingChannel.PhoneSystem : caller.IsStaff ? BookingChannel.FrontDesk : BookingChannel.Web;

    /// <param name="insuranceVisitThatDay">The patient already has an insurance visit on the booking's (clinic-local) day.</param>
    public static BookingRefusal? Check(BookingDraft draft, bool insuranceVisitThatDay, string clinicPhone)
    {
        if (draft.IsInsuranceVisit && draft.Channel == BookingChannel.Web)
        {
            return new BookingRefusal("R11", "Insurance visits are booked by phone.",
                $"Please call us at {clinicPhone} to book or change an insurance-covered visit; we will also check your prescription and benefits.");
        }

        if (!draft.IsInsuranceVisit && insuranceVisitThatDay)
        {
            return draft.Channel == BookingChannel.Web
                ? new BookingRefusal("R12", "Please call to add services on the day of your insurance visit.",
                    $"You have an insurance-covered visit that day. Call us at {clinicPhone} to book all services together, so your covered visit is not put at risk.")
                : new BookingRefusal("R12", "Add-ons go in the same booking as the insurance visit.",
                    "The patient has an insurance visit that day: reschedule that booking with the add-on included instead of booking it separately.");
        }

        return null;
    }
}
