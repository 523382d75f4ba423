using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ballaura.Messaging.Signals;

/// <summary>
/// Tells every <see cref="CommitSignal"/> when a context committed: after SaveChanges when it ran its own
/// transaction, after the commit when the caller (e.g. the inbox) holds an explicit one.
/// </summary>
internal sealed class CommitSignalInterceptor(IEnumerable<CommitSignal> signals) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly CommitSignal[] _signals = [.. signals];

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedUnlessInTransaction(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedUnlessInTransaction(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    private void CommittedUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        foreach (var signal in _signals)
        {
            signal.Committed(context);
        }
    }
}

public static class CommitSignalExtensions
{
    /// <summary>Registers <typeparamref name="TSignal"/> (a singleton) and the interceptor that fires it after commits.</summary>
    public static IServiceCollection AddCommitSignal<TSignal>(this IServiceCollection services) where TSignal : CommitSignal
    {
        services.TryAddSingleton<TSignal>();
        services.AddSingleton<CommitSignal>(sp => sp.GetRequiredService<TSignal>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, CommitSignalInterceptor>());
        return services;
    }
}
