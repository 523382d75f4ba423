namespace Ballaura.Intake.Documents;

/// <summary>
/// A stored document's key: "{case id}/{document id}", both GUIDs without dashes. Keys are only ever made here;
/// anything else handed to a store (a path, a URL, a name from elsewhere) is refused.
/// </summary>
public static class DocumentKey
{
    public static string For(Guid caseId, Guid documentId) => $"{caseId:N}/{documentId:N}";

    /// <exception cref="ArgumentException">The key was not made by <see cref="For"/>.</exception>
    public static (string CaseFolder, string DocumentName) Parse(string key)
    {
        if (key.Length != 65 || key[32] != '/' || !Guid.TryParseExact(key[..32], "N", out _) || !Guid.TryParseExact(key[33..], "N", out _))
        {
            throw new ArgumentException("Not a document key.", nameof(key));
        }

        return (key[..32], key[33..]);
    }
}
