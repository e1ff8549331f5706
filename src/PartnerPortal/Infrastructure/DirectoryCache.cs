using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure;

/// <summary>
/// Counts and aggregates of the directory that are costly on a large directory (result totals, the
/// coverage matrix) but change only when the directory does. Entries are keyed by a version that every
/// save touching directory records advances, so a change is visible at once on this instance; the
/// short lifetime bounds staleness for changes made elsewhere (another instance, raw SQL).
/// </summary>
public sealed class DirectoryCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private long _version;

    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <param name="lifetime">Longer than <see cref="Lifetime"/> only for results costly to rebuild (printed PDFs).</param>
    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> compute, TimeSpan? lifetime = null) =>
        (await cache.GetOrCreateAsync($"directory:{Interlocked.Read(ref _version)}:{key}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = lifetime ?? Lifetime;
            return compute();
        }))!;
}

/// <summary>Advances the <see cref="DirectoryCache"/> version before and after any save that changes directory records.</summary>
public sealed class DirectoryChangeInterceptor(DirectoryCache cache) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> DirectoryTypes =
    [
        typeof(Service), typeof(ServiceAtLocation), typeof(Location), typeof(ServiceTargetGroup), typeof(ServiceArea),
        typeof(ServiceLanguage), typeof(Phone), typeof(Organisation), typeof(OrganisationCountry), typeof(ServiceGap),
        typeof(TaxonomyTerm), typeof(AdministrativeArea),
    ];

    private readonly ConditionalWeakTable<DbContext, object> _changing = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void Saving(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e => e.State is not EntityState.Unchanged and not EntityState.Detached
                && DirectoryTypes.Contains(e.Metadata.ClrType))) return;
        _changing.AddOrUpdate(context, true);
        cache.Invalidate();
    }

    // Again after the write: a reader between the two bumps may have cached the old figures.
    private void Saved(DbContext? context)
    {
        if (context is not null && _changing.Remove(context)) cache.Invalidate();
    }
}
