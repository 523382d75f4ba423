using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Accounts;

/// <summary>A person who signs in: a patient (linked to their patient record) or a member of staff.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The patient record this account belongs to; null for staff.</summary>
    public Guid? PatientId { get; set; }

    public string DisplayName { get; set; } = "";
}
