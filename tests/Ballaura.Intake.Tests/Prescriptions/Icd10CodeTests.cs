using Ballaura.Intake.Prescriptions;
using Xunit;

namespace Ballaura.Intake.Tests.Prescriptions;

public sealed class Icd10CodeTests
{
    [Theory]
    [InlineData("S13.4XXA", "S13.4XXA")]
    [InlineData("S134XXA", "S13.4XXA")] // as claims print it: read the same, stored with the dot
    [InlineData("s13.4xxd", "S13.4XXD")]
    [InlineData("S13.4", "S13.4")]
    [InlineData("M54.2", "M54.2")]
    [InlineData("M542", "M54.2")]
    [InlineData("G44", "G44")]
    [InlineData(" M79.18 ", "M79.18")]
    public void A_code_is_stored_upper_case_with_the_dot_after_the_third_character(string written, string stored) =>
        Assert.Equal(stored, Icd10Code.Normalize(written));

    [Theory]
    [InlineData("S1.34XXA")] // the dot in the wrong place is a typo, not a reformatting
    [InlineData("S13.")]
    [InlineData("S13.4.X")]
    [InlineData("13.4")]
    [InlineData("SS3.4")]
    [InlineData("S13.4XXAA")] // eight characters
    [InlineData("S1")]
    [InlineData("S13-4")]
    [InlineData("")]
    public void A_malformed_code_is_refused(string written) => Assert.Null(Icd10Code.Normalize(written));

    [Fact]
    public void An_injury_code_without_its_7th_character_earns_a_warning_not_a_refusal()
    {
        Assert.Contains(Icd10Code.Warnings("S13.4"), w => w.Contains("7th character"));
        Assert.Contains(Icd10Code.Warnings("S13.4XXA"), w => w.Contains("subsequent encounter"));
        Assert.Empty(Icd10Code.Warnings("S13.4XXD"));
        Assert.Empty(Icd10Code.Warnings("M54.2"));
    }
}
