namespace Ballaura.Intake.Cases;

public sealed class Patient
{
    public Guid Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }

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
}
