using System.Globalization;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Acknowledgments;

/// <summary>Writes and reads 999 implementation acknowledgments of 837 claim files.</summary>
public static class Ack999
{
    public const string Version = "005010X231A1";

    public static string Write(ImplementationAcknowledgment acknowledgment, X12Envelope envelope)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new X12Writer(text, X12Delimiters.Default);
        writer.BeginInterchange(envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, envelope.Production);
        writer.BeginGroup("FA", envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, Version);
        writer.BeginTransaction("999", 1, Version);
        writer.Write(new X12Segment("AK1", "HC", acknowledgment.GroupControlNumber, Claims.Claim837.Version));
        foreach (var transaction in acknowledgment.Transactions)
        {
            writer.Write(new X12Segment("AK2", "837", transaction.ControlNumber, Claims.Claim837.Version));
            foreach (var error in transaction.Errors)
            {
                writer.Write(new X12Segment("IK3", error.SegmentId, error.Position.ToString(CultureInfo.InvariantCulture), "", "8"));
                if (error.Element is { } element)
                {
                    writer.Write(new X12Segment("IK4", element.ToString(CultureInfo.InvariantCulture), "", error.ElementErrorCode ?? "7"));
                }
            }

            writer.Write(transaction.Accepted ? new X12Segment("IK5", transaction.Status) : new X12Segment("IK5", transaction.Status, "5"));
        }

        var accepted = acknowledgment.Transactions.Count(t => t.Accepted).ToString(CultureInfo.InvariantCulture);
        var count = acknowledgment.Transactions.Count.ToString(CultureInfo.InvariantCulture);
        writer.Write(new X12Segment("AK9", acknowledgment.GroupStatus, count, count, accepted));
        writer.EndTransaction();
        writer.EndGroup();
        writer.EndInterchange();
        return text.ToString();
    }

    public static ImplementationAcknowledgment Read(string interchange)
    {
        using var reader = new X12Reader(new StringReader(interchange));
        string? group = null, groupStatus = null, control = null;
        var transactions = new List<TransactionAcknowledgment>();
        var errors = new List<SegmentError>();
        while (reader.Read() is { } segment)
        {
            var position = reader.Position;
            switch (segment.Id)
            {
                case "ST":
                    X12Checks.Require(segment.Is(1, "999"), $"Transaction {segment[1]} is not a 999 acknowledgment.", position);
                    break;
                case "AK1":
                    group = segment[2];
                    break;
                case "AK2":
                    control = segment[2];
                    errors = [];
                    break;
                case "IK3":
                    errors.Add(new SegmentError(segment[1], int.TryParse(segment[2], out var at) ? at : 0, null, null));
                    break;
                case "IK4" when errors.Count > 0:
                    errors[^1] = errors[^1] with { Element = int.TryParse(segment.Component(1, 1, reader.Delimiters), out var element) ? element : null, ElementErrorCode = segment[3] };
                    break;
                case "IK5":
                    X12Checks.Require(control is not null, "IK5 without the AK2 it closes.", position);
                    transactions.Add(new TransactionAcknowledgment(control!, segment[1], errors));
                    control = null;
                    break;
                case "AK9":
                    groupStatus = segment[1];
                    break;
            }
        }

        X12Checks.Require(group is not null && groupStatus is not null, "The 999 has no AK1/AK9: it acknowledges nothing.", reader.Position);
        return new ImplementationAcknowledgment(group!, groupStatus!, transactions);
    }
}
