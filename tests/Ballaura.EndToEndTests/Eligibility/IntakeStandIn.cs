using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using MassTransit;

namespace Ballaura.EndToEndTests.Eligibility;

/// <summary>
/// Plays Intake on the real broker: publishes <see cref="CaseReadyForVerification"/> the way Intake will once its
/// insurance details are built, so Eligibility is tested through its real queue, inbox and worker.
/// </summary>
public sealed class IntakeStandIn : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private IntakeStandIn(IBusControl bus) => _bus = bus;

    public static async Task<IntakeStandIn> StartAsync(string connectionString)
    {
        var address = new Uri(connectionString);
        var credentials = address.UserInfo.Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(address.Host, (ushort)address.Port, "/", host =>
        {
            host.Username(Uri.UnescapeDataString(credentials[0]));
            host.Password(Uri.UnescapeDataString(credentials[1]));
        }));
        await bus.StartAsync();
        return new IntakeStandIn(bus);
    }

    public async Task<Guid> MajorMedicalReadyAsync(
        string payerId, string payerName, string memberId, string firstName, string lastName, DateOnly birthDate, Guid? patientId = null)
    {
        var caseId = Guid.CreateVersion7();
        await _bus.Publish(new CaseReadyForVerification(
            caseId, patientId ?? Guid.CreateVersion7(), CoverageType.MajorMedical, new InsuredPerson(firstName, lastName, birthDate),
            payerId, payerName, memberId, GroupNumber: null, ClaimNumber: null, DateOfInjury: null, DateTimeOffset.UtcNow));
        return caseId;
    }

    public async Task<Guid> PipReadyAsync(string claimNumber)
    {
        var caseId = Guid.CreateVersion7();
        await _bus.Publish(new CaseReadyForVerification(
            caseId, Guid.CreateVersion7(), CoverageType.PersonalInjuryProtection, new InsuredPerson("Dana", "Whitfield", new DateOnly(1984, 3, 17)),
            PayerId: null, PayerName: null, MemberId: null, GroupNumber: null, claimNumber, new DateOnly(2026, 11, 20), DateTimeOffset.UtcNow));
        return caseId;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
