using Ballaura.X12.Reading;

namespace Ballaura.X12.Claims;

/// <summary>
/// Reads an 837P interchange the way a clearinghouse does before it acknowledges it: the envelope's control numbers,
/// the billing provider, and per claim the subscriber or worker, the payer, CLM and the service lines. The whole
/// envelope is checked by <see cref="X12Reader"/>: a malformed file is an <see cref="X12FormatException"/>.
/// </summary>
public static class Claim837Reader
{
    public static ReceivedClaimFile Read(string interchange)
    {
        using var reader = new X12Reader(new StringReader(interchange));
        string sender = "", receiver = "", isa = "", gs = "", providerName = "", providerNpi = "";
        var transactions = new List<ReceivedTransaction>();
        List<ReceivedClaim>? claims = null;
        string? stControl = null;
        var subscriber = new Party();
        Party? patient = null;
        string filing = "", payerId = "", payerName = "";
        ClaimDraft? claim = null;
        LineDraft? line = null;

        void CloseClaim()
        {
            if (line is not null)
            {
                claim!.Lines.Add(new ReceivedLine(line.Code, line.Modifiers, line.Charge, line.Units, line.Date));
                line = null;
            }

            if (claim is not null)
            {
                var person = patient ?? subscriber;
                claims!.Add(new ReceivedClaim(claim.ControlNumber, claim.Charge, claim.Frequency, filing, payerId, payerName, subscriber.Id,
                    person.Last, person.First, claim.OriginalNumber, claim.Lines));
                claim = null;
            }
        }

        while (reader.Read() is { } segment)
        {
            var position = reader.Position;
            var delimiters = reader.Delimiters;
            switch (segment.Id)
            {
                case "ISA":
                    sender = segment[6].Trim();
                    receiver = segment[8].Trim();
                    isa = segment[13];
                    break;
                case "GS":
                    X12Checks.Require(segment.Is(1, "HC"), $"Functional group {segment[1]} is not HC (health care claims).", position);
                    gs = segment[6];
                    break;
                case "ST":
                    X12Checks.Require(segment.Is(1, "837"), $"Transaction {segment[1]} is not an 837 claim.", position);
                    stControl = segment[2];
                    claims = [];
                    break;
                case "SE":
                    CloseClaim();
                    transactions.Add(new ReceivedTransaction(stControl!, claims!));
                    break;
                case "HL":
                    CloseClaim();
                    if (segment.Is(3, "22"))
                    {
                        subscriber = new Party();
                        patient = null;
                    }
                    else if (segment.Is(3, "23"))
                    {
                        patient = new Party();
                    }

                    break;
                case "SBR":
                    filing = segment.Count >= 9 ? segment[9] : "";
                    break;
                case "NM1" when segment.Is(1, "85"):
                    providerName = segment[3];
                    providerNpi = segment.Count >= 9 ? segment[9] : "";
                    break;
                case "NM1" when segment.Is(1, "IL"):
                    subscriber = new Party { Last = segment[3], First = segment.Count >= 4 ? segment[4] : "", Id = segment.Count >= 9 ? segment[9] : "" };
                    break;
                case "NM1" when segment.Is(1, "QC"):
                    patient = new Party { Last = segment[3], First = segment.Count >= 4 ? segment[4] : "" };
                    break;
                case "NM1" when segment.Is(1, "PR"):
                    payerName = segment[3];
                    payerId = segment.Count >= 9 ? segment[9] : "";
                    break;
                case "CLM":
                    CloseClaim();
                    X12Checks.Require(claims is not null, "A CLM claim outside a transaction.", position);
                    var frequency = segment.Count >= 5 ? segment.Component(5, 3, delimiters) : "";
                    claim = new ClaimDraft(segment[1], X12Numbers.Parse(segment[2], "CLM02", position), int.TryParse(frequency, out var f) ? f : 1);
                    break;
                case "REF" when segment.Is(1, "F8") && claim is not null:
                    claim.OriginalNumber = segment[2];
                    break;
                case "SV1":
                    X12Checks.Require(claim is not null, "An SV1 line outside a CLM claim.", position);
                    if (line is not null)
                    {
                        claim!.Lines.Add(new ReceivedLine(line.Code, line.Modifiers, line.Charge, line.Units, line.Date));
                    }

                    var procedure = segment[1].Split(delimiters.Component);
                    line = new LineDraft(procedure.ElementAtOrDefault(1) ?? "", procedure.Skip(2).Where(m => m.Length > 0).ToList(),
                        X12Numbers.Parse(segment[2], "SV102", position), segment.Count >= 4 && segment[4].Length > 0 ? X12Numbers.Parse(segment[4], "SV104", position) : 1m);
                    break;
                case "DTP" when segment.Is(1, "472") && line is not null:
                    line.Date = X12Dates.ParseDate(segment[3], "DTP03", position);
                    break;
            }
        }

        return new ReceivedClaimFile(sender, receiver, isa, gs, providerName, providerNpi, transactions);
    }

    private sealed class Party
    {
        public string Last { get; init; } = "";
        public string First { get; init; } = "";
        public string Id { get; init; } = "";
    }

    private sealed record ClaimDraft(string ControlNumber, decimal Charge, int Frequency)
    {
        public string? OriginalNumber { get; set; }
        public List<ReceivedLine> Lines { get; } = [];
    }

    private sealed record LineDraft(string Code, List<string> Modifiers, decimal Charge, decimal Units)
    {
        public DateOnly? Date { get; set; }
    }
}
