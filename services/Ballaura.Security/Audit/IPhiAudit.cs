namespace Ballaura.Security.Audit;

public enum PhiAccessOutcome
{
    Allowed,
    Denied,
    NotFound,
}

/// <summary>One access to patient data: what was touched and for which patient, never the data itself.</summary>
/// <param name="Action">read, create, update, delete, list.</param>
/// <param name="Resource">The kind of record, e.g. "case".</param>
public sealed record PhiAccess(string Action, string Resource, string? ResourceId, Guid? PatientId, PhiAccessOutcome Outcome);

/// <summary>
/// Records reads and changes of patient data. An entry is added to the service's unit of work: it is written
/// by the same <c>SaveChangesAsync</c> as the change it describes (a read saves it on its own), and the
/// outbox delivers it to the audit log even after a crash.
/// </summary>
public interface IPhiAudit
{
    void Record(PhiAccess access);

    /// <summary>Records and saves at once: for a refusal, where there is no other change to save with.</summary>
    Task RecordNowAsync(PhiAccess access, CancellationToken cancellationToken);
}
