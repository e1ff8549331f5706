using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Data;

public partial class PortalDbContext
{
    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();
    public DbSet<ReportRunFile> ReportRunFiles => Set<ReportRunFile>();

    private static void ConfigureReports(ModelBuilder b)
    {
        b.Entity<ReportRun>(e =>
        {
            e.Property(x => x.Scope).HasMaxLength(10);
            e.Property(x => x.RequestedByName).HasMaxLength(200);
            e.Property(x => x.Error).HasMaxLength(2000);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.StoredFileName).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Period);
            e.Ignore(x => x.ReportScope);
            // One live run per scope and half-year: a second request finds the first (Queued = 1, Running = 2).
            e.HasIndex(x => new { x.Scope, x.Year, x.Half }).IsUnique().HasFilter("\"State\" IN (1, 2)")
                .HasDatabaseName("IX_ReportRuns_LiveScopePeriod");
            e.HasIndex(x => new { x.State, x.Scope });
            e.HasIndex(x => x.RequestedAtUtc);
        });
        b.Entity<ReportRunFile>(e =>
        {
            e.HasKey(x => x.ReportRunId);
            e.HasOne<ReportRun>().WithOne().HasForeignKey<ReportRunFile>(x => x.ReportRunId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
