namespace Ballaura.Intake.Documents;

/// <summary>
/// Documents as files under one directory (<c>Documents:Directory</c>), one folder per case. A file is written under a
/// temporary name and renamed when complete, so a crash never leaves a partial document under its real key.
/// </summary>
public sealed class FileSystemDocumentStore(string root) : IDocumentStore
{
    public async Task<string> SaveAsync(Guid caseId, Guid documentId, Stream content, CancellationToken cancellationToken)
    {
        var key = DocumentKey.For(caseId, documentId);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        try
        {
            await using (file)
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(partial, path, overwrite: false);
        }
        catch
        {
            // Content that did not arrive whole, or a document already stored under the key: leave no partial file.
            File.Delete(partial);
            throw;
        }

        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var (caseFolder, documentName) = DocumentKey.Parse(key);
        return Path.Combine(root, caseFolder, documentName);
    }
}
