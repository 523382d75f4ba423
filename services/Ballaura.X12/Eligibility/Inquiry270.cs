using System.Globalization;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Eligibility;

/// <summary>Writes and reads 270 eligibility inquiries (005010X279A1), one member per transaction.</summary>
public static class Inquiry270
{
    public const string Version = "005010X279A1";

    public static string Write(EligibilityInquiry inquiry, X12Envelope envelope)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new X12Writer(text, X12Delimiters.Default);
        writer.BeginInterchange(envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, envelope.Production);
        writer.BeginGroup("HS", envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, Version);
        writer.BeginTransaction("270", 1, Version);
        writer.Write(new X12Segment("BHT", "0022", "13", inquiry.Reference, X12Dates.Date(envelope.CreatedAt), X12Dates.Time(envelope.CreatedAt)));
        writer.Write(new X12Segment("HL", "1", "", "20", "1"));
        writer.Write(new X12Segment("NM1", "PR", "2", inquiry.Payer.Name, "", "", "", "", "PI", inquiry.Payer.Id));
        writer.Write(new X12Segment("HL", "2", "1", "21", "1"));
        writer.Write(new X12Segment("NM1", "1P", "2", inquiry.Provider.Name, "", "", "", "", "XX", inquiry.Provider.Id));
        writer.Write(new X12Segment("HL", "3", "2", "22", "0"));
        writer.Write(new X12Segment("TRN", "1", inquiry.TraceNumber, inquiry.TraceOriginator));
        var member = inquiry.Member;
        writer.Write(new X12Segment("NM1", "IL", "1", member.LastName, member.FirstName, "", "", "", "MI", member.MemberId));
        if (member.GroupNumber is { Length: > 0 } group)
        {
            writer.Write(new X12Segment("REF", "6P", group));
        }

        writer.Write(new X12Segment("DMG", "D8", X12Dates.Date(member.BirthDate)));
        writer.Write(new X12Segment("DTP", "291", "D8", X12Dates.Date(inquiry.ServiceDate)));
        foreach (var serviceType in inquiry.ServiceTypes)
        {
            writer.Write(new X12Segment("EQ", serviceType));
        }

        writer.EndTransaction();
        writer.EndGroup();
        writer.EndInterchange();
        return text.ToString();
    }

    /// <summary>Reads the inquiries of a 270 interchange (what a payer does with one). Envelope errors are <see cref="X12FormatException"/>s.</summary>
    public static IReadOnlyList<(EligibilityInquiry Inquiry, X12Envelope Envelope)> Read(string interchange)
    {
        var results = new List<(EligibilityInquiry, X12Envelope)>();
        using var reader = new X12Reader(new StringReader(interchange));
        X12Envelope? envelope = null;
        Draft? draft = null;
        while (reader.Read() is { } segment)
        {
            switch (segment.Id)
            {
                case "ISA":
                    envelope = ReadEnvelope(segment);
                    break;
                case "ST":
                    X12Checks.Require(segment.Is(1, "270"), $"Transaction {segment[1]} is not a 270 eligibility inquiry.", reader.Position);
                    draft = new Draft();
                    break;
                case "BHT" when draft is not null:
                    draft.Reference = segment[3];
                    break;
                case "HL" when draft is not null:
                    draft.Level = segment[3];
                    break;
                case "NM1" when draft is not null:
                    draft.Name(segment, reader.Position);
                    break;
                case "TRN" when draft is not null:
                    draft.Trace = segment[2];
                    draft.TraceOriginator = segment[3];
                    break;
                case "REF" when draft is not null && segment.Is(1, "6P"):
                    draft.Group = segment[2];
                    break;
                case "DMG" when draft is not null:
                    draft.BirthDate = X12Dates.ParseDate(segment[2], "DMG02", reader.Position);
                    break;
                case "DTP" when draft is not null && segment.Is(1, "291"):
                    draft.ServiceDate = X12Dates.ParseDate(segment[3].Split('-')[0], "DTP03", reader.Position);
                    break;
                case "EQ" when draft is not null:
                    draft.ServiceTypes.Add(segment[1]);
                    break;
                case "SE" when draft is not null:
                    results.Add((draft.Build(reader.Position), envelope!));
                    draft = null;
                    break;
            }
        }

        return results;
    }

    internal static X12Envelope ReadEnvelope(X12Segment isa) => new(
        new X12Party(isa[5].Trim(), isa[6].Trim(), ""),
        new X12Party(isa[7].Trim(), isa[8].Trim(), ""),
        int.Parse(isa[13], NumberStyles.None, CultureInfo.InvariantCulture),
        X12Dates.ParseIsaStamp(isa[9], isa[10]),
        isa.Is(15, "P"));

    private sealed class Draft
    {
        public string? Level;
        public string Reference = "";
        public X12Entity? Payer;
        public X12Entity? Provider;
        public string? Trace;
        public string TraceOriginator = "";
        public string? MemberId;
        public string FirstName = "";
        public string LastName = "";
        public string? Group;
        public DateOnly? BirthDate;
        public DateOnly? ServiceDate;
        public readonly List<string> ServiceTypes = [];

        public void Name(X12Segment nm1, long position)
        {
            switch (nm1[1])
            {
                case "PR":
                    Payer = new X12Entity(nm1[3], nm1[9]);
                    break;
                case "1P":
                    Provider = new X12Entity(nm1[3], nm1[9]);
                    break;
                case "IL":
                    LastName = nm1[3];
                    FirstName = nm1[4];
                    MemberId = nm1[9];
                    break;
                default:
                    throw new X12FormatException($"NM1 entity '{nm1[1]}' has no place in a 270 (level {Level}).", position);
            }
        }

        public EligibilityInquiry Build(long position)
        {
            X12Checks.Require(Payer is not null, "The 270 names no payer (NM1*PR).", position);
            X12Checks.Require(Provider is not null, "The 270 names no information receiver (NM1*1P).", position);
            X12Checks.Require(MemberId is { Length: > 0 }, "The 270 has no member id (NM1*IL, NM109).", position);
            X12Checks.Require(Trace is { Length: > 0 }, "The 270 has no trace number (TRN02).", position);
            X12Checks.Require(BirthDate is not null, "The 270 has no birth date (DMG).", position);
            var member = new X12Member(MemberId!, FirstName, LastName, BirthDate!.Value, Group);
            return new EligibilityInquiry(Reference, Trace!, TraceOriginator, Payer!, Provider!, member,
                ServiceDate ?? DateOnly.MinValue, ServiceTypes.Count == 0 ? [ServiceTypeCodes.HealthBenefitPlan] : [.. ServiceTypes]);
        }
    }
}
