using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Accounts;

public sealed record PatientLinkRequest(Guid? PatientId);

/// <summary>
/// Front desk links a patient's account to the patient record the clinic already had (e.g. opened during
/// a phone call before the patient signed up), after checking who the caller is. The change is audited.
/// </summary>
public static class PatientLink
{
    public static RouteGroupBuilder MapPatientLink(this RouteGroupBuilder api)
    {
        api.MapPut("/accounts/{userId}/patient", HandleAsync).RequireAuthorization(BallauraPolicies.FrontDesk).WithName("LinkPatientRecord");
        return api;
    }

    internal static async Task<Results<NoContent, NotFound, ValidationProblem>> HandleAsync(
        string userId, PatientLinkRequest request, UserManager<ApplicationUser> users, IPhiAudit audit, CancellationToken cancellationToken)
    {
        if (request.PatientId is not { } patientId || patientId == Guid.Empty)
        {
            return new RequestErrors().Check(false, "patientId", "The patient record id is required.").ToProblem();
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || !await users.IsInRoleAsync(user, BallauraRoles.Patient))
        {
            return TypedResults.NotFound();
        }

        user.PatientId = patientId;
        // Saved by UpdateAsync together with the audit entry: both or neither.
        audit.Record(new PhiAccess("update", "patient-account-link", user.Id, patientId, PhiAccessOutcome.Allowed));
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }
}
