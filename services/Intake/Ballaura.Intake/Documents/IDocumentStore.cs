namespace Ballaura.Intake.Documents;

/// <summary>Where document bytes live, outside the database: the file system by default, a blob store in production.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the content under a new key and returns it; the content is complete when this returns.</summary>
    Task<string> SaveAsync(Guid caseId, Guid documentId, Stream content, CancellationToken cancellationToken);

    /// <summary>The content, or null when nothing is stored under the key.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes content whose database record could not be written (nothing half-written stays behind).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>
/// Documents as files under one directory (<c>Documents:Directory</c>), one folder per case. A file is written under a
/// temporary name and renamed when complete, so a crash never leaves a partial document under its real key.
/// </summary>
public sealed class FileSystemDocumentStore(string root) : IDocumentStore
{
    public async Task<string> SaveAsync(Guid caseId, Guid documentId, Stream content, CancellationToken cancellationToken)
    {
        var key = $"{caseId:N}/{documentId:N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
        }

        File.Move(partial, path);
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
        // Keys are made here from two GUIDs; anything else (a path from elsewhere) is refused.
        if (key.Length != 65 || key[32] != '/' || !Guid.TryParseExact(key[..32], "N", out _) || !Guid.TryParseExact(key[33..], "N", out _))
        {
            throw new ArgumentException("Not a document key.", nameof(key));
        }

        return Path.Combine(root, key[..32], key[33..]);
    }
}
