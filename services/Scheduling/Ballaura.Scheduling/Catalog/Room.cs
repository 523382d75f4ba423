namespace Ballaura.Scheduling.Catalog;

public sealed class Room
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    private Room()
    {
    }

    public static Room Named(Guid id, string name) => new() { Id = id, Name = name };
}
