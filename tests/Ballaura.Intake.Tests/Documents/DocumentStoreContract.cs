using System.Security.Cryptography;
using Ballaura.Intake.Documents;
using Xunit;

namespace Ballaura.Intake.Tests.Documents;

/// <summary>What every document store promises Intake, run against each store on its real medium.</summary>
public abstract class DocumentStoreContract
{
    protected abstract IDocumentStore Store { get; }

    [Fact]
    public async Task A_stored_document_reads_back_byte_for_byte()
    {
        var content = RandomNumberGenerator.GetBytes(5 * 1024 * 1024 + 17);
        var caseId = Guid.NewGuid();
        var documentId = Guid.NewGuid();

        var key = await Store.SaveAsync(caseId, documentId, new MemoryStream(content), CancellationToken.None);

        Assert.Equal(DocumentKey.For(caseId, documentId), key);
        Assert.Equal(content, await ReadAsync(key));
    }

    [Fact]
    public async Task Nothing_is_found_under_a_key_never_stored()
    {
        Assert.Null(await Store.OpenAsync(DocumentKey.For(Guid.NewGuid(), Guid.NewGuid()), CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_document_is_gone_and_deleting_it_again_changes_nothing()
    {
        var key = await Store.SaveAsync(Guid.NewGuid(), Guid.NewGuid(), new MemoryStream([1, 2, 3]), CancellationToken.None);

        await Store.DeleteAsync(key, CancellationToken.None);
        await Store.DeleteAsync(key, CancellationToken.None);

        Assert.Null(await Store.OpenAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_stored_document_is_never_overwritten()
    {
        var caseId = Guid.NewGuid();
        var documentId = Guid.NewGuid();
        var key = await Store.SaveAsync(caseId, documentId, new MemoryStream([1, 2, 3]), CancellationToken.None);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAsync(caseId, documentId, new MemoryStream([9, 9, 9, 9]), CancellationToken.None));

        Assert.Equal([1, 2, 3], await ReadAsync(key));
    }

    [Fact]
    public async Task Content_that_did_not_arrive_whole_is_never_found_under_its_key()
    {
        var caseId = Guid.NewGuid();
        var documentId = Guid.NewGuid();

        await Assert.ThrowsAnyAsync<IOException>(() => Store.SaveAsync(caseId, documentId, new BreaksAfter(3 * 1024 * 1024), CancellationToken.None));

        Assert.Null(await Store.OpenAsync(DocumentKey.For(caseId, documentId), CancellationToken.None));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789abcdef0123456789abcdef/../0123456789abcdef0123456789ab")]
    [InlineData("https://elsewhere.example/container/blob")]
    [InlineData("")]
    public async Task A_key_the_store_did_not_make_is_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key, CancellationToken.None));
    }

    private async Task<byte[]> ReadAsync(string key)
    {
        await using var stored = await Store.OpenAsync(key, CancellationToken.None) ?? throw new Xunit.Sdk.XunitException("Nothing stored under " + key);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>An upload whose connection drops: some bytes arrive, then reading fails (not seekable, length unknown).</summary>
    private sealed class BreaksAfter(int bytes) : Stream
    {
        private int _sent;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_sent >= bytes)
            {
                throw new IOException("The client went away.");
            }

            var n = Math.Min(count, bytes - _sent);
            Array.Fill(buffer, (byte)0x5A, offset, n);
            _sent += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _sent; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
