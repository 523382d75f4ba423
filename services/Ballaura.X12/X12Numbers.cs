using System.Globalization;

namespace Ballaura.X12;

/// <summary>Amounts and quantities as X12 writes them (no exponent, no trailing zeros) and reads them (element named when wrong).</summary>
internal static class X12Numbers
{
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static decimal Parse(string value, string element, long position) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new X12FormatException($"{element} '{value}' is not a number.", position);
}
