using Ballaura.X12.Reading;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Remittances;

/// <summary>
/// Reads 835 health care claim payments (005010X221A1) one transaction at a time, so a 100 MB file never sits in memory;
/// and writes them (what a payer does: the payer sandbox, tests, benchmarks).
/// </summary>
public static class Remittance835
{
    public const string Version = "005010X221A1";

    public static IEnumerable<Remittance> Read(TextReader text)
    {
        using var reader = new X12Reader(text);
        Draft? draft = null;
        while (reader.Read() is { } segment)
        {
            if (segment.Is(0, "ST"))
            {
                X12Checks.Require(segment.Is(1, "835"), $"Transaction {segment[1]} is not an 835 remittance.", reader.Position);
                draft = new Draft();
                continue;
            }

            if (draft is null)
            {
                continue;
            }

            if (segment.Is(0, "SE"))
            {
                yield return draft.Build(reader.Position);
                draft = null;
                continue;
            }

            draft.Add(segment, reader.Delimiters, reader.Position);
        }
    }

    public static IReadOnlyList<Remittance> Read(string interchange) => Read(new StringReader(interchange)).ToList();

    public static void Write(TextWriter text, IEnumerable<Remittance> remittances, X12Envelope envelope)
    {
        var writer = new X12Writer(text, X12Delimiters.Default);
        writer.BeginInterchange(envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, envelope.Production);
        writer.BeginGroup("HP", envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, Version);
        var control = 0;
        foreach (var remittance in remittances)
        {
            writer.BeginTransaction("835", ++control, Version);
            writer.Write(new X12Segment("BPR", remittance.Handling, X12Numbers.Format(remittance.TotalPaid), "C", remittance.PaymentMethod, "", "", "", "", "", "", "", "", "", "", "",
                remittance.PaymentDate is { } paid ? X12Dates.Date(paid) : ""));
            writer.Write(new X12Segment("TRN", "1", remittance.TraceNumber, remittance.TraceOriginator));
            writer.Write(new X12Segment("N1", "PR", remittance.PayerName ?? "", "XV", remittance.PayerId ?? remittance.TraceOriginator));
            writer.Write(new X12Segment("N1", "PE", "BALLAURA WELLNESS SPA", "XX", "1245319599"));
            writer.Write(new X12Segment("LX", "1"));
            foreach (var claim in remittance.Claims)
            {
                writer.Write(new X12Segment("CLP", claim.PatientControlNumber, claim.Status, X12Numbers.Format(claim.Charge), X12Numbers.Format(claim.Paid), X12Numbers.Format(claim.PatientResponsibility), "12", claim.PayerClaimNumber ?? ""));
                WriteAdjustments(writer, claim.Adjustments);
                foreach (var service in claim.Services)
                {
                    var procedure = string.Join(X12Delimiters.Default.Component, new[] { "HC", service.Code }.Concat(service.Modifiers));
                    var billed = service.BilledCode == service.Code ? "" : "HC" + X12Delimiters.Default.Component + service.BilledCode;
                    writer.Write(new X12Segment("SVC", procedure, X12Numbers.Format(service.Charge), X12Numbers.Format(service.Paid), "", X12Numbers.Format(service.Units), billed));
                    if (service.DateOfService is { } date)
                    {
                        writer.Write(new X12Segment("DTM", "472", X12Dates.Date(date)));
                    }

                    WriteAdjustments(writer, service.Adjustments);
                }
            }

            foreach (var plb in remittance.ProviderAdjustments)
            {
                writer.Write(new X12Segment("PLB", "1245319599", X12Dates.Date(envelope.CreatedAt), plb.Reason + X12Delimiters.Default.Component + plb.Reference, X12Numbers.Format(plb.Amount)));
            }

            writer.EndTransaction();
        }

        writer.EndGroup();
        writer.EndInterchange();
    }

    private static void WriteAdjustments(X12Writer writer, IReadOnlyList<Adjustment> adjustments)
    {
        foreach (var group in adjustments.GroupBy(a => a.Group))
        {
            // Up to six reason/amount/quantity triplets per CAS segment.
            foreach (var chunk in group.Chunk(6))
            {
                var elements = new List<string> { group.Key };
                foreach (var adjustment in chunk)
                {
                    elements.AddRange([adjustment.Reason, X12Numbers.Format(adjustment.Amount), adjustment.Quantity is { } q ? X12Numbers.Format(q) : ""]);
                }

                writer.Write(new X12Segment("CAS", [.. elements]));
            }
        }
    }

    /// <summary>The transaction being read: claims and lines are closed as the next one starts.</summary>
    private sealed class Draft
    {
        private string _handling = "";
        private decimal _total;
        private string _method = "";
        private DateOnly? _paymentDate;
        private string? _trace;
        private string? _originator;
        private string? _payerName;
        private string? _payerId;
        private readonly List<ClaimPayment> _claims = [];
        private readonly List<ProviderAdjustment> _plb = [];
        private ClaimDraft? _claim;
        private ServiceDraft? _service;

        public void Add(X12Segment segment, X12Delimiters delimiters, long position)
        {
            switch (segment.Id)
            {
                case "BPR":
                    _handling = segment[1];
                    _total = X12Numbers.Parse(segment[2], "BPR02", position);
                    _method = segment[4];
                    _paymentDate = segment.Count >= 16 && segment[16].Length > 0 ? X12Dates.ParseDate(segment[16], "BPR16", position) : null;
                    break;
                case "TRN":
                    _trace = segment[2];
                    _originator = segment[3];
                    break;
                case "N1" when segment.Is(1, "PR"):
                    _payerName = segment[2];
                    _payerId = segment.Count >= 4 ? segment[4] : null;
                    break;
                case "CLP":
                    CloseClaim();
                    _claim = new ClaimDraft(segment[1], segment[2], X12Numbers.Parse(segment[3], "CLP03", position), X12Numbers.Parse(segment[4], "CLP04", position),
                        segment.Count >= 5 && segment[5].Length > 0 ? X12Numbers.Parse(segment[5], "CLP05", position) : 0m, segment.Count >= 7 ? segment[7] : null);
                    break;
                case "SVC":
                    X12Checks.Require(_claim is not null, "An SVC line outside a CLP claim.", position);
                    CloseService();
                    var procedure = segment[1].Split(delimiters.Component);
                    var billed = segment.Count >= 6 && segment[6].Length > 0 ? segment[6].Split(delimiters.Component) : procedure;
                    _service = new ServiceDraft(procedure.ElementAtOrDefault(1) ?? "", procedure.Skip(2).Where(m => m.Length > 0).ToList(), billed.ElementAtOrDefault(1) ?? "",
                        X12Numbers.Parse(segment[2], "SVC02", position), X12Numbers.Parse(segment[3], "SVC03", position),
                        segment.Count >= 5 && segment[5].Length > 0 ? X12Numbers.Parse(segment[5], "SVC05", position) : 1m);
                    break;
                case "DTM" when segment.Is(1, "472") && _service is not null:
                    _service.Date = X12Dates.ParseDate(segment[2], "DTM02", position);
                    break;
                case "CAS":
                    var target = _service?.Adjustments ?? _claim?.Adjustments;
                    X12Checks.Require(target is not null, "A CAS adjustment outside a claim.", position);
                    for (var i = 2; i + 1 <= segment.Count; i += 3)
                    {
                        if (segment[i].Length == 0)
                        {
                            break;
                        }

                        target!.Add(new Adjustment(segment[1], segment[i], X12Numbers.Parse(segment[i + 1], $"CAS{i + 1:00}", position),
                            i + 2 <= segment.Count && segment[i + 2].Length > 0 ? X12Numbers.Parse(segment[i + 2], $"CAS{i + 2:00}", position) : null));
                    }

                    break;
                case "PLB":
                    CloseClaim();
                    for (var i = 3; i + 1 <= segment.Count; i += 2)
                    {
                        var reason = segment[i].Split(delimiters.Component);
                        _plb.Add(new ProviderAdjustment(reason[0], reason.ElementAtOrDefault(1) ?? "", X12Numbers.Parse(segment[i + 1], $"PLB{i + 1:00}", position)));
                    }

                    break;
            }
        }

        public Remittance Build(long position)
        {
            CloseClaim();
            X12Checks.Require(_trace is { Length: > 0 } && _originator is { Length: > 0 }, "The 835 has no TRN trace number and originator: the payment cannot be identified.", position);
            return new Remittance(_handling, _total, _method, _paymentDate, _trace!, _originator!, _payerName, _payerId, _claims, _plb);
        }

        private void CloseService()
        {
            if (_service is { } service)
            {
                _claim!.Services.Add(new ServicePayment(service.Code, service.Modifiers, service.BilledCode, service.Charge, service.Paid, service.Units, service.Date, service.Adjustments));
                _service = null;
            }
        }

        private void CloseClaim()
        {
            CloseService();
            if (_claim is { } claim)
            {
                _claims.Add(new ClaimPayment(claim.ControlNumber, claim.Status, claim.Charge, claim.Paid, claim.PatientResponsibility, claim.PayerClaimNumber, claim.Adjustments, claim.Services));
                _claim = null;
            }
        }
    }

    private sealed record ClaimDraft(string ControlNumber, string Status, decimal Charge, decimal Paid, decimal PatientResponsibility, string? PayerClaimNumber)
    {
        public List<Adjustment> Adjustments { get; } = [];
        public List<ServicePayment> Services { get; } = [];
    }

    private sealed record ServiceDraft(string Code, List<string> Modifiers, string BilledCode, decimal Charge, decimal Paid, decimal Units)
    {
        public DateOnly? Date { get; set; }
        public List<Adjustment> Adjustments { get; } = [];
    }
}
