namespace Ballaura.Intake.Documents;

/// <summary>
/// Where document bytes live, outside the database: the file system by default (<see cref="FileSystemDocumentStore"/>),
/// a blob store in production (<see cref="BlobDocumentStore"/>). Chosen by <c>Documents:Store</c>.
/// </summary>
public interface IDocumentStore
{
    /// <summary>
    /// Stores the content under a new key and returns it; the content is complete when this returns. A store never
    /// overwrites a document, and content that did not arrive whole is never found under its key.
    /// </summary>
    Task<string> SaveAsync(Guid caseId, Guid documentId, Stream content, CancellationToken cancellationToken);

    /// <summary>The content, or null when nothing is stored under the key.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes content whose database record could not be written (nothing half-written stays behind).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
