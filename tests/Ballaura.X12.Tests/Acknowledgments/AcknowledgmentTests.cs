using Ballaura.X12.Acknowledgments;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;
using Xunit;

namespace Ballaura.X12.Tests.Acknowledgments;

/// <summary>999 and 277CA: what the clearinghouse writes is what Billing reads, envelopes checked.</summary>
public sealed class AcknowledgmentTests
{
    private static readonly X12Envelope FromClearinghouse =
        new(new X12Party("ZZ", "CLEARHOUSE", "CLEARHOUSE"), new X12Party("ZZ", "BALLAURA", "BALLAURA"), 900, new DateTimeOffset(2026, 12, 2, 8, 5, 0, TimeSpan.Zero), false);

    [Fact]
    public void An_accepted_999_names_the_group_and_transaction_it_accepts()
    {
        var text = Ack999.Write(new ImplementationAcknowledgment("17", "A", [new TransactionAcknowledgment("0001", "A", [])]), FromClearinghouse);

        Assert.Contains("AK1*HC*17*005010X222A1~", text);
        Assert.Contains("AK9*A*1*1*1~", text);
        var read = Ack999.Read(text);
        Assert.Equal(("17", "A"), (read.GroupControlNumber, read.GroupStatus));
        Assert.True(read.TransactionAccepted("0001"));
    }

    [Fact]
    public void A_rejected_999_says_which_segment_and_element_were_wrong()
    {
        var text = Ack999.Write(new ImplementationAcknowledgment("17", "R", [new TransactionAcknowledgment("0001", "R", [new SegmentError("CLM", 23, 2, "7")])]), FromClearinghouse);

        Assert.Contains("IK3*CLM*23**8~IK4*2**7~IK5*R*5~AK9*R*1*1*0~", text);
        var read = Ack999.Read(text);
        var transaction = Assert.Single(read.Transactions);
        Assert.False(transaction.Accepted);
        Assert.Equal("CLM (segment 23): element 2, error 7", Assert.Single(transaction.Errors).ToString());
    }

    [Fact]
    public void A_277CA_reads_back_per_claim_accepted_or_returned_with_the_payers_claim_number()
    {
        var report = new ClaimAcknowledgmentReport("277-0001", "00430", "PREMERA BLUE CROSS", new DateOnly(2026, 12, 2),
        [
            new ClaimAcknowledgment("BA0001", "A2", "20", 195m, "PRM-778", null),
            new ClaimAcknowledgment("BA0002", "A3", "21", 95m, null, "SUBSCRIBER NOT FOUND"),
        ]);

        var text = Ack277.Write(report, "BALLAURA WELLNESS SPA", "1245319599", FromClearinghouse);

        Assert.Contains("TRN*2*BA0001~STC*A2:20*20261202*WQ*195~REF*1K*PRM-778~", text);
        Assert.Contains("STC*A3:21*20261202*U*95********SUBSCRIBER NOT FOUND~", text);
        var read = Assert.Single(Ack277.Read(text));
        Assert.Equal(("277-0001", "00430"), (read.Reference, read.PayerId));
        Assert.Equal(report.Claims, read.Claims);
        Assert.Equal([true, false], read.Claims.Select(c => c.Accepted));
    }

    [Fact]
    public void A_999_that_acknowledges_nothing_is_refused()
    {
        var text = Ack999.Write(new ImplementationAcknowledgment("17", "A", []), FromClearinghouse).Replace("AK1*HC*17*005010X222A1~", "", StringComparison.Ordinal)
            .Replace("SE*4*0001", "SE*3*0001", StringComparison.Ordinal);
        Assert.Throws<X12FormatException>(() => Ack999.Read(text));
    }
}
