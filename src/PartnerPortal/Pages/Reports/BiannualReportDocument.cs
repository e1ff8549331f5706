using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Pages.Reports;

public sealed record RenderedReport(byte[] Pdf, int PageCount, string Sha256);

/// <summary>Prints the biannual report of a scope and half-year. Report runs depend on this, not on Chromium, so tests can make a print fail.</summary>
public interface IBiannualReportPrinter
{
    Task<RenderedReport> PrintAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default);
}

/// <summary>The same Razor template serves the HTML view in the portal and the PDF.</summary>
public sealed class BiannualReportDocument(BiannualReportQuery query, RazorHtmlRenderer html, PdfRenderer pdf) : IBiannualReportPrinter
{
    public Task<string> RenderHtmlAsync(BiannualReport report) =>
        throw new NotImplementedException("Filled in by the report template work.");

    public Task<RenderedReport> RenderPdfAsync(BiannualReport report, CancellationToken ct = default) =>
        throw new NotImplementedException("Filled in by the report template work.");

    public async Task<RenderedReport> PrintAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default) =>
        await RenderPdfAsync(await query.ComputeAsync(scope, period, ct), ct);
}
