namespace Ballaura.X12.Acknowledgments;

/// <summary>An IK3/IK4 error: the segment (id and position in the transaction), and the element and its error code when one is named.</summary>
public sealed record SegmentError(string SegmentId, int Position, int? Element, string? ElementErrorCode)
{
    public override string ToString() =>
        Element is { } element ? $"{SegmentId} (segment {Position}): element {element}, error {ElementErrorCode}" : $"{SegmentId} (segment {Position})";
}

/// <summary>IK5 for one transaction: A accepted, E accepted with errors, R rejected.</summary>
public sealed record TransactionAcknowledgment(string ControlNumber, string Status, IReadOnlyList<SegmentError> Errors)
{
    public bool Accepted => Status is "A" or "E";
}

/// <summary>
/// A 999 implementation acknowledgment (005010X231A1): the receiver's syntax check of one functional group — which
/// transactions it accepted (AK2/IK5) and the group's verdict (AK9: A, E, P partially accepted, R rejected).
/// </summary>
public sealed record ImplementationAcknowledgment(string GroupControlNumber, string GroupStatus, IReadOnlyList<TransactionAcknowledgment> Transactions)
{
    public bool TransactionAccepted(string controlNumber) => Transactions.FirstOrDefault(t => t.ControlNumber == controlNumber)?.Accepted ?? GroupStatus is "A" or "E";
}
