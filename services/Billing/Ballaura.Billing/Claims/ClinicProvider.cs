namespace Ballaura.Billing.Claims;

/// <summary>The clinic as billing provider and submitter on every claim ("Billing:Provider").</summary>
public sealed class ClinicProvider
{
    public string Name { get; set; } = "BALLAURA WELLNESS SPA";
    public string Npi { get; set; } = "1245319599";
    public string TaxId { get; set; } = "911234567";
    public string AddressLine1 { get; set; } = "120 State Ave NE";
    public string City { get; set; } = "OLYMPIA";
    public string State { get; set; } = "WA";
    public string PostalCode { get; set; } = "98501";
    public string SubmitterId { get; set; } = "BALLAURA";
    public string ReceiverName { get; set; } = "PAYER SANDBOX CLEARINGHOUSE";
    public string ReceiverId { get; set; } = "SANDBOX";
    public bool Production { get; set; }
}
