using Ballaura.X12.Writing;

namespace Ballaura.X12;

/// <summary>Who sends an interchange to whom, with the control numbers this one uses.</summary>
public sealed record X12Envelope(
    X12Party Sender,
    X12Party Receiver,
    int ControlNumber,
    DateTimeOffset CreatedAt,
    bool Production)
{
    public X12Envelope Reply(int controlNumber, DateTimeOffset createdAt) => new(Receiver, Sender, controlNumber, createdAt, Production);
}
