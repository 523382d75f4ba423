namespace Ballaura.X12.Identifiers;

/// <summary>
/// National Provider Identifier check: 10 digits, starting with 1 or 2, whose last digit is the Luhn check digit
/// computed over "80840" followed by the first nine (1234567893 is valid). Luhn cannot catch every typo (a 0↔9 swap
/// passes), so this checks what people type; received files are not refused for it.
/// </summary>
public static class Npi
{
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 } || npi[0] is not ('1' or '2') || !npi.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        var digits = "80840" + npi[..9];
        // Luhn from the right: the rightmost payload digit is doubled (the check digit would be the one after it).
        for (var position = 0; position < digits.Length; position++)
        {
            var digit = digits[digits.Length - 1 - position] - '0';
            if (position % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10 == npi[9] - '0';
    }
}
