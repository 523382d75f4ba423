using System.Globalization;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Acknowledgments;

/// <summary>
/// Writes and reads 277CA claim acknowledgments (005010X214): the payer (HL 20), the receiver (21), the billing
/// provider (19) and one patient level (PT) per claim, whose TRN*2 is the claim's CLM01 and STC its status.
/// </summary>
public static class Ack277
{
    public const string Version = "005010X214";

    public static string Write(ClaimAcknowledgmentReport report, string providerName, string providerNpi, X12Envelope envelope)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new X12Writer(text, X12Delimiters.Default);
        var component = X12Delimiters.Default.Component.ToString();
        var date = X12Dates.Date(report.Date);
        writer.BeginInterchange(envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, envelope.Production);
        writer.BeginGroup("HN", envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, Version);
        writer.BeginTransaction("277", 1, Version);
        writer.Write(new X12Segment("BHT", "0085", "08", report.Reference, date, X12Dates.Time(envelope.CreatedAt), "TH"));
        writer.Write(new X12Segment("HL", "1", "", "20", "1"));
        writer.Write(new X12Segment("NM1", "PR", "2", report.PayerName, "", "", "", "", "PI", report.PayerId));
        writer.Write(new X12Segment("TRN", "1", report.Reference));
        writer.Write(new X12Segment("DTP", "050", "D8", date));
        writer.Write(new X12Segment("DTP", "009", "D8", date));
        writer.Write(new X12Segment("HL", "2", "1", "21", "1"));
        writer.Write(new X12Segment("NM1", "41", "2", providerName, "", "", "", "", "46", envelope.Receiver.Id));
        writer.Write(new X12Segment("HL", "3", "2", "19", "1"));
        writer.Write(new X12Segment("NM1", "85", "2", providerName, "", "", "", "", "XX", providerNpi));
        var hl = 3;
        foreach (var claim in report.Claims)
        {
            writer.Write(new X12Segment("HL", (++hl).ToString(CultureInfo.InvariantCulture), "3", "PT"));
            writer.Write(new X12Segment("TRN", "2", claim.ControlNumber));
            var stc = new List<string> { claim.Category + component + claim.StatusCode, date, claim.Accepted ? "WQ" : "U", X12Numbers.Format(claim.Charge) };
            if (claim.Message is { Length: > 0 } message)
            {
                stc.AddRange(["", "", "", "", "", "", "", message]);
            }

            writer.Write(new X12Segment("STC", [.. stc]));
            if (claim.PayerClaimNumber is { } number)
            {
                writer.Write(new X12Segment("REF", "1K", number));
            }
        }

        writer.EndTransaction();
        writer.EndGroup();
        writer.EndInterchange();
        return text.ToString();
    }

    public static IReadOnlyList<ClaimAcknowledgmentReport> Read(string interchange)
    {
        using var reader = new X12Reader(new StringReader(interchange));
        var reports = new List<ClaimAcknowledgmentReport>();
        string reference = "", payerId = "", payerName = "", level = "";
        var date = DateOnly.MinValue;
        List<ClaimAcknowledgment>? claims = null;
        ClaimAcknowledgment? claim = null;

        void CloseClaim()
        {
            if (claim is not null)
            {
                claims!.Add(claim);
                claim = null;
            }
        }

        while (reader.Read() is { } segment)
        {
            var position = reader.Position;
            switch (segment.Id)
            {
                case "ST":
                    X12Checks.Require(segment.Is(1, "277"), $"Transaction {segment[1]} is not a 277 claim acknowledgment.", position);
                    claims = [];
                    break;
                case "BHT":
                    reference = segment[3];
                    date = X12Dates.ParseDate(segment[4], "BHT04", position);
                    break;
                case "HL":
                    CloseClaim();
                    level = segment[3];
                    break;
                case "NM1" when segment.Is(1, "PR"):
                    payerName = segment[3];
                    payerId = segment.Count >= 9 ? segment[9] : "";
                    break;
                case "TRN" when level == "PT":
                    CloseClaim();
                    claim = new ClaimAcknowledgment(segment[2], "", "", 0m, null, null);
                    break;
                case "STC" when claim is not null:
                    claim = claim with
                    {
                        Category = segment.Component(1, 1, reader.Delimiters),
                        StatusCode = segment.Component(1, 2, reader.Delimiters),
                        Charge = segment.Count >= 4 && segment[4].Length > 0 ? X12Numbers.Parse(segment[4], "STC04", position) : 0m,
                        Message = segment.Count >= 12 && segment[12].Length > 0 ? segment[12] : null,
                    };
                    break;
                case "REF" when segment.Is(1, "1K") && claim is not null:
                    claim = claim with { PayerClaimNumber = segment[2] };
                    break;
                case "SE":
                    CloseClaim();
                    reports.Add(new ClaimAcknowledgmentReport(reference, payerId, payerName, date, claims!));
                    break;
            }
        }

        return reports;
    }
}
