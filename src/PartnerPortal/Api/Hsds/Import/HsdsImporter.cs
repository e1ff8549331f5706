using PartnerPortal.Authorization;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// The HSDS import in two steps: <see cref="PlanAsync"/> reads and validates a file and says what
/// would happen (writing nothing); <see cref="ApplyAsync"/> writes a plan without errors, all or nothing.
/// The apply step always works from a fresh plan of the same bytes, so that what changed in the
/// directory since the preview is taken into account.
/// </summary>
public sealed class HsdsImporter(HsdsImportPlanner planner, HsdsImportApplier applier, IConfiguration config)
{
    /// <summary>Room for the multipart envelope around the file in the request body.</summary>
    public const long RequestOverhead = 64 * 1024;

    public ImportLimits Limits { get; } = ImportLimits.From(config);

    public Task<ImportPlan> PlanAsync(byte[] content, UserScope user, CancellationToken ct) =>
        planner.PlanAsync(HsdsImportReader.Read(content, Limits), user, ct);

    public Task<ImportResult> ApplyAsync(ImportPlan plan, string importerEmail, string fileName, CancellationToken ct) =>
        applier.ApplyAsync(plan, importerEmail, fileName, ct);
}

public static class HsdsImportSetup
{
    public static IServiceCollection AddHsdsImport(this IServiceCollection services)
    {
        // The planner keeps the state of one plan: a new one each time.
        services.AddTransient<HsdsImportPlanner>();
        services.AddScoped<HsdsImportApplier>();
        services.AddScoped<HsdsImporter>();
        services.AddScoped<ImportStaging>();
        return services;
    }

    /// <summary>An import whose declared length is beyond the limit is turned away before its body is read.</summary>
    public static IApplicationBuilder UseImportUploadLimit(this IApplicationBuilder app, string path, ImportLimits limits) =>
        app.UseUploadLimit(path, limits.MaxBytes + HsdsImporter.RequestOverhead);
}
