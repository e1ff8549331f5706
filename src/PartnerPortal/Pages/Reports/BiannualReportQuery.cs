using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Pages.Reports;

/// <summary>The one place that computes a biannual report's figures (PRODUCT §7) for a scope and half-year.</summary>
public sealed class BiannualReportQuery(PortalDbContext db, TimeProvider clock)
{
    public Task<BiannualReport> ComputeAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default) =>
        throw new NotImplementedException("Filled in by the report query work.");
}
