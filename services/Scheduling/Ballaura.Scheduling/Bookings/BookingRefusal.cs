using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballaura.Scheduling.Bookings;

/// <summary>
/// Why a booking cannot be made, in words staff and patients understand, with the rule that says so (R-number) or the
/// request field that is wrong.
/// </summary>
public sealed record BookingRefusal(string? Rule, string Title, string Detail, int Status = StatusCodes.Status422UnprocessableEntity, string? Field = null)
{
    public static BookingRefusal ForField(string field, string title, string detail) => new(null, title, detail, Field: field);

    public ProblemHttpResult ToProblem()
    {
        var extensions = new Dictionary<string, object?>();
        if (Rule is not null)
        {
            extensions["rule"] = Rule;
        }

        if (Field is not null)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [Field] = [Detail] };
        }

        return TypedResults.Problem(title: Title, detail: Detail, statusCode: Status, extensions: extensions);
    }
}
