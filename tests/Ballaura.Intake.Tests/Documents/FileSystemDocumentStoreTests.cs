using Ballaura.Intake.Documents;

namespace Ballaura.Intake.Tests.Documents;

public sealed class FileSystemDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ballaura-documents-tests", Guid.NewGuid().ToString("N"));

    protected override IDocumentStore Store => new FileSystemDocumentStore(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
