namespace Ballaura.Scheduling.Catalog;

/// <summary>The clinic's rooms, services and therapists as the system starts with them (staff change them afterwards).</summary>
public static class CatalogSeed
{
    public static readonly Guid MayaId = Guid.Parse("0193b000-0000-7000-8000-000000000001");
    public static readonly Guid JonahId = Guid.Parse("0193b000-0000-7000-8000-000000000002");
    public static readonly Guid PriyaId = Guid.Parse("0193b000-0000-7000-8000-000000000003");

    public static readonly Guid CedarRoomId = Guid.Parse("0193b000-0000-7000-8000-000000000101");
    public static readonly Guid FernRoomId = Guid.Parse("0193b000-0000-7000-8000-000000000102");
    public static readonly Guid MossRoomId = Guid.Parse("0193b000-0000-7000-8000-000000000103");

    public static IEnumerable<ClinicService> Services() =>
    [
        ClinicService.Define("insurance-massage-30", "Medical massage, 30 minutes", ServiceKind.Insurance, 30, null),
        ClinicService.Define("insurance-massage-45", "Medical massage, 45 minutes", ServiceKind.Insurance, 45, null),
        ClinicService.Define("insurance-massage-60", "Medical massage, 60 minutes", ServiceKind.Insurance, 60, null),
        ClinicService.Define("insurance-massage-90", "Medical massage, 90 minutes", ServiceKind.Insurance, 90, null),
        ClinicService.Define("cupping", "Cupping add-on", ServiceKind.NonInsurance, 15, 30.00m),
        ClinicService.Define("hot-stones", "Hot stones add-on", ServiceKind.NonInsurance, 15, 25.00m),
        ClinicService.Define("relaxation-massage-60", "Relaxation massage, 60 minutes", ServiceKind.NonInsurance, 60, 95.00m),
    ];

    public static IEnumerable<Room> Rooms() =>
    [
        Room.Named(CedarRoomId, "Cedar"),
        Room.Named(FernRoomId, "Fern"),
        Room.Named(MossRoomId, "Moss"),
    ];

    public static IEnumerable<(Guid Id, string Name, string Npi)> Therapists() =>
    [
        (MayaId, "Maya Chen, LMT", "1345672012"),
        (JonahId, "Jonah Reyes, LMT", "1345672020"),
        (PriyaId, "Priya Natarajan, LMT", "1345672038"),
    ];

    /// <summary>Monday to Friday 9:00–17:00 for everyone at first; Saturdays 10:00–14:00 for Maya.</summary>
    public static IEnumerable<WorkingHours> Hours()
    {
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        foreach (var (id, _, _) in Therapists())
        {
            foreach (var day in weekdays)
            {
                yield return WorkingHours.On(id, day, new TimeOnly(9, 0), new TimeOnly(17, 0));
            }
        }

        yield return WorkingHours.On(MayaId, DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(14, 0));
    }
}
