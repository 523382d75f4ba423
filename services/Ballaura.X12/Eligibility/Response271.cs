using System.Globalization;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Eligibility;

/// <summary>Reads 271 eligibility responses (005010X279A1) into <see cref="EligibilityResponse"/>s, and writes them (what a payer does).</summary>
public static class Response271
{
    /// <summary>Every 271 transaction in the interchange. Envelope or content errors are <see cref="X12FormatException"/>s.</summary>
    public static IReadOnlyList<EligibilityResponse> Read(string interchange)
    {
        var results = new List<EligibilityResponse>();
        using var reader = new X12Reader(new StringReader(interchange));
        Draft? draft = null;
        while (reader.Read() is { } segment)
        {
            if (segment.Is(0, "ST"))
            {
                X12Checks.Require(segment.Is(1, "271"), $"Transaction {segment[1]} is not a 271 eligibility response.", reader.Position);
                draft = new Draft();
                continue;
            }

            if (draft is null)
            {
                continue;
            }

            if (segment.Is(0, "SE"))
            {
                results.Add(draft.Build());
                draft = null;
                continue;
            }

            draft.Add(segment, reader.Delimiters, reader.Position);
        }

        return results;
    }

    public static string Write(EligibilityResponse response, X12Envelope envelope)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new X12Writer(text, X12Delimiters.Default);
        writer.BeginInterchange(envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, envelope.Production);
        writer.BeginGroup("HB", envelope.Sender, envelope.Receiver, envelope.CreatedAt, envelope.ControlNumber, Inquiry270.Version);
        writer.BeginTransaction("271", 1, Inquiry270.Version);
        writer.Write(new X12Segment("BHT", "0022", "11", response.Reference, X12Dates.Date(envelope.CreatedAt), X12Dates.Time(envelope.CreatedAt)));
        // A rejection at the payer level ends the answer there: no provider or subscriber loop follows.
        var payerLevelOnly = response.Rejections.Any(r => r.Loop == "2100A");
        writer.Write(new X12Segment("HL", "1", "", "20", payerLevelOnly ? "0" : "1"));
        if (response.Payer is { } payer)
        {
            writer.Write(new X12Segment("NM1", "PR", "2", payer.Name, "", "", "", "", "PI", payer.Id));
        }

        WriteRejections(writer, response, "2100A");
        if (!payerLevelOnly)
        {
            writer.Write(new X12Segment("HL", "2", "1", "21", "1"));
            WriteRejections(writer, response, "2100B");
            writer.Write(new X12Segment("HL", "3", "2", "22", "0"));
            if (response.TraceNumber is { } trace)
            {
                writer.Write(new X12Segment("TRN", "2", trace, "9BALLAURA0"));
            }

            if (response.Member is { } member)
            {
                writer.Write(new X12Segment("NM1", "IL", "1", member.LastName, member.FirstName, "", "", "", "MI", member.MemberId));
                if (member.GroupNumber is { Length: > 0 } group)
                {
                    writer.Write(new X12Segment("REF", "6P", group));
                }

                writer.Write(new X12Segment("DMG", "D8", X12Dates.Date(member.BirthDate)));
            }

            WriteRejections(writer, response, "2100C");
            if (response.PlanBegin is { } planBegin)
            {
                writer.Write(new X12Segment("DTP", "346", "D8", X12Dates.Date(planBegin)));
            }

            foreach (var line in response.Benefits)
            {
                writer.Write(new X12Segment("EB",
                    line.Code, line.CoverageLevel ?? "", string.Join(writer.Delimiters.Repetition, line.ServiceTypes), line.InsuranceType ?? "",
                    line.PlanDescription ?? "", line.TimePeriod ?? "", Number(line.Amount), Number(line.Percent),
                    line.QuantityQualifier ?? "", Number(line.Quantity), YesNo(line.AuthorizationRequired), YesNo(line.InNetwork)));
                foreach (var message in line.Messages)
                {
                    writer.Write(new X12Segment("MSG", message));
                }
            }
        }

        writer.EndTransaction();
        writer.EndGroup();
        writer.EndInterchange();
        return text.ToString();
    }

    private static void WriteRejections(X12Writer writer, EligibilityResponse response, string loop)
    {
        foreach (var rejection in response.Rejections.Where(r => r.Loop == loop))
        {
            writer.Write(new X12Segment("AAA", rejection.ValidRequest ? "Y" : "N", "", rejection.ReasonCode, rejection.FollowUp));
        }
    }

    private static string Number(decimal? value) => value is { } number ? X12Numbers.Format(number) : "";

    private static string YesNo(bool? value) => value switch
    {
        true => "Y",
        false => "N",
        null => "",
    };

    private sealed class Draft
    {
        private string _level = "";
        private string _reference = "";
        private string? _trace;
        private X12Entity? _payer;
        private string? _memberId;
        private string _firstName = "";
        private string _lastName = "";
        private string? _group;
        private DateOnly? _birthDate;
        private DateOnly? _planBegin;
        private readonly List<BenefitLine> _benefits = [];
        private readonly List<AaaRejection> _rejections = [];

        public void Add(X12Segment segment, X12Delimiters delimiters, long position)
        {
            switch (segment.Id)
            {
                case "BHT":
                    _reference = segment[3];
                    break;
                case "HL":
                    _level = segment[3];
                    break;
                case "NM1" when segment.Is(1, "PR"):
                    _payer = new X12Entity(segment[3], segment[9]);
                    break;
                case "NM1" when segment.Is(1, "IL") || segment.Is(1, "03"):
                    _lastName = segment[3];
                    _firstName = segment[4];
                    _memberId = segment[9].Length > 0 ? segment[9] : _memberId;
                    break;
                case "TRN" when segment.Is(1, "2"):
                    _trace = segment[2];
                    break;
                case "REF" when segment.Is(1, "6P") || segment.Is(1, "IG"):
                    _group = segment[2];
                    break;
                case "DMG":
                    _birthDate = DateOnly.TryParseExact(segment[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) ? born : null;
                    break;
                case "DTP" when segment.Is(1, "346") && _benefits.Count == 0:
                    _planBegin = X12Dates.ParseDate(segment[3].Split('-')[0], "DTP03", position);
                    break;
                case "AAA":
                    _rejections.Add(new AaaRejection(LoopOf(_level), segment.Is(1, "Y"), segment[3], segment[4]));
                    break;
                case "EB":
                    _benefits.Add(ReadBenefit(segment, delimiters, position));
                    break;
                case "HSD" when _benefits.Count > 0 && _benefits[^1].QuantityQualifier is null:
                    _benefits[^1] = _benefits[^1] with
                    {
                        QuantityQualifier = segment[1],
                        Quantity = Decimal(segment[2], "HSD02", position),
                        TimePeriod = _benefits[^1].TimePeriod ?? NullIfEmpty(segment[5]),
                    };
                    break;
                case "MSG" when _benefits.Count > 0:
                    _benefits[^1] = _benefits[^1] with { Messages = [.. _benefits[^1].Messages, segment[1]] };
                    break;
            }
        }

        public EligibilityResponse Build()
        {
            X12Member? member = _memberId is null ? null : new X12Member(_memberId, _firstName, _lastName, _birthDate ?? DateOnly.MinValue, _group);
            return new EligibilityResponse(_reference, _trace, _payer, member, _planBegin, _benefits, _rejections);
        }

        private static string LoopOf(string level) => level switch
        {
            "20" => "2100A",
            "21" => "2100B",
            _ => "2100C",
        };

        private static BenefitLine ReadBenefit(X12Segment eb, X12Delimiters delimiters, long position) => new(
            Code: eb[1],
            CoverageLevel: NullIfEmpty(eb[2]),
            ServiceTypes: eb[3].Length == 0 ? [] : eb[3].Split(delimiters.Repetition),
            InsuranceType: NullIfEmpty(eb[4]),
            PlanDescription: NullIfEmpty(eb[5]),
            TimePeriod: NullIfEmpty(eb[6]),
            Amount: Decimal(eb[7], "EB07", position),
            Percent: Decimal(eb[8], "EB08", position),
            QuantityQualifier: NullIfEmpty(eb[9]),
            Quantity: Decimal(eb[10], "EB10", position),
            AuthorizationRequired: eb[11] switch { "Y" => true, "N" => false, _ => null },
            InNetwork: eb[12] switch { "Y" => true, "N" => false, _ => null },
            Messages: []);

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

        private static decimal? Decimal(string value, string element, long position) =>
            value.Length == 0 ? null : X12Numbers.Parse(value, element, position);
    }
}
