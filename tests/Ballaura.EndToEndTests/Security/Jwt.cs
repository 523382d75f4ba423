using System.Text;
using System.Text.Json;

namespace Ballaura.EndToEndTests.Security;

/// <summary>Reads (never validates) a token's claims, the way a client looks at what it was given.</summary>
public static class Jwt
{
    public static JsonElement Claims(string jwt) => JsonDocument.Parse(FromBase64Url(jwt.Split('.')[1])).RootElement;

    public static string FromBase64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }

    public static string ToBase64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
