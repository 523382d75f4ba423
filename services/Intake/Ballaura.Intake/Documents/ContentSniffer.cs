namespace Ballaura.Intake.Documents;

/// <summary>
/// The document types intake takes (R5), recognised by their first bytes — a file's extension or declared type proves
/// nothing: PDF (%PDF-), JPEG (FF D8 FF), PNG (its 8-byte signature), HEIC (an ISO-BMFF "ftyp" box with a HEIF brand).
/// </summary>
public static class ContentSniffer
{
    public const int BytesNeeded = 16;

    public static readonly IReadOnlyList<string> Accepted = ["application/pdf", "image/jpeg", "image/png", "image/heic"];

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    /// <summary>The media type the bytes are, or null when they are none of the accepted ones.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = System.Text.Encoding.ASCII.GetString(head[8..12]);
            return HeifBrands.Contains(brand) ? "image/heic" : null;
        }

        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/heic" => "heic",
        _ => "bin",
    };
}
