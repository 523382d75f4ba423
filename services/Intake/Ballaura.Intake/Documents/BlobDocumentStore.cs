using Azure;
using Azure.Core;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Ballaura.Intake.Documents;

/// <summary>
/// Documents as blobs in one private container of an Azure Storage account (or anything that speaks its API, such as
/// Azurite). A blob appears under its key only when its upload is committed whole, so an upload cut off midway leaves
/// nothing behind; an existing blob is never overwritten (If-None-Match: *); every request carries a checksum of its
/// content that the service checks. The SDK retries throttling, 5xx answers and dropped connections with backoff.
/// </summary>
public sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _containerExists;

    /// <summary>Retries and timeouts for the storage account, which is an outside service that can be slow or away.</summary>
    public static BlobClientOptions ClientOptions() => new()
    {
        Retry =
        {
            Mode = RetryMode.Exponential,
            MaxRetries = 4,
            Delay = TimeSpan.FromMilliseconds(400),
            MaxDelay = TimeSpan.FromSeconds(8),
            NetworkTimeout = TimeSpan.FromSeconds(60),
        },
    };

    public async Task<string> SaveAsync(Guid caseId, Guid documentId, Stream content, CancellationToken cancellationToken)
    {
        var key = DocumentKey.For(caseId, documentId);
        await EnsureContainerAsync(cancellationToken);
        await container.GetBlobClient(key).UploadAsync(content, new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
        }, cancellationToken);
        return key;
    }

    public async Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Parse(key);
        try
        {
            var download = await container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException notThere) when (notThere.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        DocumentKey.Parse(key);
        await container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
    }

    /// <summary>Answers whether the container can be reached (the health check's question).</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        return (await container.ExistsAsync(cancellationToken)).Value;
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            // Private: no anonymous access to any blob; documents are served only through Intake's authorization.
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
            _containerExists = true;
        }
        finally
        {
            _creating.Release();
        }
    }
}
