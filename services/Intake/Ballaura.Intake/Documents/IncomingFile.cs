using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballaura.Intake.Documents;

/// <summary>
/// A file received as a request body, buffered to a temporary file (deleted on dispose) while it is hashed and its size
/// capped; its type is what its first bytes say, and it must be what the client declared.
/// </summary>
public sealed class IncomingFile : IAsyncDisposable
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private readonly FileStream _buffer;

    private IncomingFile(FileStream buffer, string contentType, long size, string sha256)
    {
        _buffer = buffer;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
    }

    public string ContentType { get; }
    public long Size { get; }
    public string Sha256 { get; }

    /// <summary>The content from its start (to store it).</summary>
    public Stream Content
    {
        get
        {
            _buffer.Position = 0;
            return _buffer;
        }
    }

    /// <returns>The file, or the problem to answer with: 415 for a type not accepted or not what was declared, 413 when too large.</returns>
    public static async Task<(IncomingFile? File, ProblemHttpResult? Problem)> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var declared = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (declared is null || !ContentSniffer.Accepted.Contains(declared))
        {
            return (null, UnsupportedType($"Send a PDF, JPEG, PNG or HEIC file with its Content-Type (got '{declared ?? "none"}')."));
        }

        var buffer = new FileStream(Path.Combine(Path.GetTempPath(), $"ballaura-upload-{Guid.NewGuid():N}"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var (size, sha256) = await CopyHashingAsync(request.Body, buffer, cancellationToken);
            if (size > MaxBytes)
            {
                await buffer.DisposeAsync();
                return (null, TypedResults.Problem(title: "The file is too large.", detail: $"Documents are at most {MaxBytes / 1024 / 1024} MiB.",
                    statusCode: StatusCodes.Status413PayloadTooLarge));
            }

            var head = new byte[ContentSniffer.BytesNeeded];
            buffer.Position = 0;
            var read = await buffer.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            var actual = ContentSniffer.Sniff(head.AsSpan(0, read));
            if (actual != declared)
            {
                await buffer.DisposeAsync();
                return (null, UnsupportedType(actual is null
                    ? "The file is not a PDF, JPEG, PNG or HEIC document (its content says otherwise, whatever its name)."
                    : $"The file's content is {actual}, not {declared}."));
            }

            return (new IncomingFile(buffer, actual, size, sha256), null);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _buffer.DisposeAsync();

    private static ProblemHttpResult UnsupportedType(string detail) =>
        TypedResults.Problem(title: "This kind of file is not accepted.", detail: detail, statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Copies at most one buffer past the limit (enough to know it was exceeded) and hashes what it copied.</summary>
    private static async Task<(long Size, string Sha256)> CopyHashingAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while (size <= MaxBytes && (read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            size += read;
            hash.AppendData(chunk, 0, read);
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
