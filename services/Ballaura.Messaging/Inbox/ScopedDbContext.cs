using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Inbox;

/// <summary>The service's own DbContext of the current scope, as the inbox filter sees it.</summary>
internal sealed record ScopedDbContext(DbContext Context);
