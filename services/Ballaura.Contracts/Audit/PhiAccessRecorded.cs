namespace Ballaura.Contracts.Audit;

/// <summary>
/// Someone read or changed patient data, or was refused. Says who, what, which patient, when, from where
/// and the outcome; never the data itself (no names, no diagnoses, no document contents).
/// </summary>
/// <param name="Actor">The subject of the caller's token: a user id or a machine client id.</param>
/// <param name="ActorRoles">The caller's roles, comma-separated, as they were at the time.</param>
/// <param name="Action">read, create, update, delete, list.</param>
/// <param name="Resource">What kind of record, e.g. "case".</param>
/// <param name="Outcome">allowed, denied or not-found.</param>
public sealed record PhiAccessRecorded(
    Guid EntryId,
    DateTimeOffset OccurredAt,
    string Service,
    string Actor,
    string ActorRoles,
    string? ClientId,
    string Action,
    string Resource,
    string? ResourceId,
    Guid? PatientId,
    string Outcome,
    string? SourceAddress,
    string? TraceId);
