using System.Text.RegularExpressions;
using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Cards;

/// <summary>The card as the processor returned it to the phone system or the web client: its token, never the number.</summary>
public sealed record CardRequest(string? ProcessorToken, string? Brand, string? Last4, int? ExpiryMonth, int? ExpiryYear);

/// <summary>What anyone is shown of a card on file: never the token.</summary>
public sealed record CardResponse(string Brand, string Last4, int ExpiryMonth, int ExpiryYear, DateTimeOffset RecordedAt, string Description);

/// <summary>
/// The card that holds a patient's visits (R9). Anything that looks like a card number is refused before it is stored
/// or logged (PCI DSS): only a processor token, brand, last four and expiry are kept.
/// </summary>
public static partial class CardEndpoints
{
    private static readonly string[] Brands = ["visa", "mastercard", "amex", "discover"];

    public static RouteGroupBuilder MapCards(this RouteGroupBuilder api)
    {
        api.MapPut("/patients/{patientId:guid}/card", PutAsync).WithName("PutCardOnFile").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<CardResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/patients/{patientId:guid}/card", GetAsync).WithName("GetCardOnFile").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<CardResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> PutAsync(
        Guid patientId, CardRequest request, HttpContext http, SchedulingDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var now = time.GetUtcNow();
        var errors = Validate(request, now);
        // Another patient's record is a 404 before anything else; a broken request is answered before the lookup.
        var known = caller.MaySeePatient(patientId)
            && (errors.Any || caller.IsPatient || await db.SchedulingCases.AnyAsync(c => c.PatientId == patientId, cancellationToken));
        audit.Record(new PhiAccess("update", "card-on-file", patientId.ToString(), patientId, known ? PhiAccessOutcome.Allowed : PhiAccessOutcome.NotFound));
        if (!known || errors.Any)
        {
            await db.SaveChangesAsync(cancellationToken);
            return !known ? TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound) : errors.ToProblem();
        }

        var card = await db.Cards.FirstOrDefaultAsync(c => c.PatientId == patientId, cancellationToken);
        if (card is null)
        {
            card = CardOnFile.Hold(patientId);
            db.Cards.Add(card);
        }

        card.Replace(request.ProcessorToken!, request.Brand!.ToLowerInvariant(), request.Last4!, request.ExpiryMonth!.Value, request.ExpiryYear!.Value, now);
        outbox.Publish(new CardOnFileRecorded(patientId, card.ProcessorToken, card.Brand, card.Last4, card.ExpiryMonth, card.ExpiryYear, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(card));
    }

    internal static async Task<IResult> GetAsync(Guid patientId, HttpContext http, SchedulingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var card = http.Caller().MaySeePatient(patientId) ? await db.Cards.AsNoTracking().FirstOrDefaultAsync(c => c.PatientId == patientId, cancellationToken) : null;
        audit.Record(new PhiAccess("read", "card-on-file", patientId.ToString(), patientId, card is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return card is null
            ? TypedResults.Problem(title: "No card on file.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(ToResponse(card));
    }

    private static RequestErrors Validate(CardRequest request, DateTimeOffset now)
    {
        var errors = new RequestErrors();
        var token = request.ProcessorToken ?? "";
        // A run of 12+ digits anywhere is a card number (or part of one): refused by rule, and never echoed back.
        if (LongDigitRun().IsMatch(token) || LongDigitRun().IsMatch(request.Last4 ?? ""))
        {
            return errors.Check(false, "processorToken", "That looks like a card number. Never send the card number or CVV: send the processor's token (PCI DSS).");
        }

        return errors
            .Check(Token().IsMatch(token), "processorToken", "A processor token looks like tok_… or pm_… (letters, digits, underscores; 8–100 characters).")
            .Check(request.Brand is not null && Brands.Contains(request.Brand.ToLowerInvariant()), "brand", $"One of: {string.Join(", ", Brands)}.")
            .Check(request.Last4 is { Length: 4 } last4 && last4.All(char.IsAsciiDigit), "last4", "The last four digits of the card.")
            .Check(request.ExpiryMonth is >= 1 and <= 12, "expiryMonth", "A month from 1 to 12.")
            .Check(request.ExpiryYear is { } year && year >= now.Year && year <= now.Year + 20, "expiryYear", "A four-digit year, not in the past.")
            .Check(request.ExpiryYear is not { } y || request.ExpiryMonth is not { } m || y > now.Year || m >= now.Month || m is < 1 or > 12, "expiryMonth", "The card has expired.");
    }

    private static CardResponse ToResponse(CardOnFile card) =>
        new(card.Brand, card.Last4, card.ExpiryMonth, card.ExpiryYear, card.RecordedAt, card.Describe());

    [GeneratedRegex("[0-9][0-9 -]{11,}[0-9]")]
    private static partial Regex LongDigitRun();

    [GeneratedRegex("^(tok|pm|card|src)_[A-Za-z0-9_]{8,96}$")]
    private static partial Regex Token();
}
