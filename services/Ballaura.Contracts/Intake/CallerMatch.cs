namespace Ballaura.Contracts.Intake;

/// <summary>One of a patient's cases as a caller lookup shows it.</summary>
public sealed record CallerCase(Guid CaseId, CoverageType CoverageType, string? PayerId, string Status);

/// <summary>
/// A patient whose phone number matches a caller's, as Intake answers Scheduling over HTTP (role "service") for the
/// phone system's screen pop — never carried on the bus.
/// </summary>
public sealed record CallerMatch(Guid PatientId, string FirstName, string LastName, IReadOnlyList<CallerCase> Cases);
