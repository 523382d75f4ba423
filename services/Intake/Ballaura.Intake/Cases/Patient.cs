namespace Ballaura.Intake.Cases;

public enum PreferredContact
{
    Phone = 1,
    Email = 2,
    Sms = 3,
}

public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode);

/// <summary>A patient of the clinic: who they are and how to reach them. One patient may have several cases.</summary>
public sealed class Patient
{
    public Guid Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>The phone number's last ten digits, however it was typed: what a caller's number is looked up by.</summary>
    public string? PhoneKey { get; private set; }
    public string? Email { get; private set; }
    public PostalAddress? Address { get; private set; }
    public PreferredContact? PreferredContact { get; private set; }

    /// <summary>"First Last", as staff screens name the patient and a signature is compared with (not stored).</summary>
    public string FullName => $"{FirstName} {LastName}";

    private Patient()
    {
    }

    public static Patient Register(string firstName, string lastName, DateOnly birthDate) =>
        RegisterAs(Guid.CreateVersion7(), firstName, lastName, birthDate);

    /// <summary>A patient record under an id chosen elsewhere: the one a patient's account was given at sign-up.</summary>
    public static Patient RegisterAs(Guid id, string firstName, string lastName, DateOnly birthDate) => new()
    {
        Id = id,
        FirstName = firstName,
        LastName = lastName,
        BirthDate = birthDate,
    };

    /// <summary>Contact details given with a new case replace the old ones only where they are given.</summary>
    public void UpdateContact(string? phone, string? email, PostalAddress? address, PreferredContact? preferred)
    {
        Phone = phone ?? Phone;
        PhoneKey = KeyOf(Phone);
        Email = email ?? Email;
        Address = address ?? Address;
        PreferredContact = preferred ?? PreferredContact;
    }

    /// <summary>The last ten digits of a North American number ("+1 (360) 555-0142" → "3605550142"), or null.</summary>
    public static string? KeyOf(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 10 ? digits[^10..] : null;
    }
}
