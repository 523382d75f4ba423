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

    public static Patient Register(string firstName, string lastName, DateOnly birthDate) => new()
    {
        Id = Guid.CreateVersion7(),
        FirstName = firstName,
        LastName = lastName,
        BirthDate = birthDate,
    };
}
