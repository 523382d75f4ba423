using Ballaura.Billing.Data;
using Ballaura.Contracts.Scheduling;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Cards;

/// <summary>Keeps the patient's latest card (behind the inbox; an older event arriving late never replaces a newer card).</summary>
public sealed class CardOnFileRecordedConsumer(BillingDbContext db) : IConsumer<CardOnFileRecorded>
{
    public async Task Consume(ConsumeContext<CardOnFileRecorded> context)
    {
        var recorded = context.Message;
        var card = await db.BillingCards.FirstOrDefaultAsync(c => c.PatientId == recorded.PatientId, context.CancellationToken);
        if (card is null)
        {
            card = BillingCard.For(recorded.PatientId);
            db.BillingCards.Add(card);
        }

        card.Update(recorded.ProcessorToken, recorded.Brand, recorded.Last4, recorded.ExpiryMonth, recorded.ExpiryYear, recorded.RecordedAt);
    }
}
