namespace Ballaura.Contracts.Intake;

/// <summary>
/// How to reach a patient, as Intake answers Notifications over HTTP (role "service"), never on the bus: the first name
/// for a greeting, the e-mail and phone, and the channel the patient prefers ("phone", "sms", "email"), if stated.
/// </summary>
public sealed record PatientContact(Guid PatientId, string FirstName, string? Email, string? Phone, string? PreferredContact);
