using Ballaura.X12.Identifiers;
using Xunit;

namespace Ballaura.X12.Tests.Identifiers;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS example
    [InlineData("1245319599")]
    [InlineData("2000000002")]
    public void A_number_with_its_check_digit_is_an_NPI(string npi) => Assert.True(Npi.IsValid(npi));

    [Theory]
    [InlineData("1234567890", "wrong check digit")]
    [InlineData("1234567839", "two digits swapped")]
    [InlineData("3234567893", "starts with 3")]
    [InlineData("123456789", "nine digits")]
    [InlineData("12345678930", "eleven digits")]
    [InlineData("12345678a3", "a letter")]
    [InlineData("", "empty")]
    [InlineData(null, "missing")]
    public void Anything_else_is_not(string? npi, string why) => Assert.False(Npi.IsValid(npi), why);
}
