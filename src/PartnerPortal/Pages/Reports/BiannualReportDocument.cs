using System.Security.Cryptography;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace PartnerPortal.Pages.Reports;

public sealed record RenderedReport(byte[] Pdf, int PageCount, string Sha256);

/// <summary>Prints the biannual report of a scope and half-year. Report runs depend on this, not on Chromium, so tests can make a print fail.</summary>
public interface IBiannualReportPrinter
{
    Task<RenderedReport> PrintAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default);
}

/// <summary>The same Razor template serves the HTML view in the portal and the PDF.</summary>
public sealed class BiannualReportDocument(BiannualReportQuery query, RazorHtmlRenderer html, PdfRenderer pdf, IWebHostEnvironment environment)
    : IBiannualReportPrinter
{
    public const string DocumentView = "/Pages/Reports/_BiannualReportDocument.cshtml";
    public const string StylesheetPath = "css/report.css";

    /// <summary>The model of the printed document: the report and the stylesheet it carries inline.</summary>
    public sealed record PrintedReport(BiannualReport Report, string Title, string Stylesheet);

    // Read once per process: the file only changes with a deployment.
    private static string? _stylesheet;

    public static string Title(BiannualReport report) => $"Biannual report: {report.ScopeName}, {report.Period.Label}";

    /// <summary>Printed on every page beside "Page X of Y".</summary>
    public static string FooterLabel(BiannualReport report) => $"{report.ScopeName} · {report.Period.Label}";

    public Task<string> RenderHtmlAsync(BiannualReport report) =>
        html.RenderAsync(DocumentView, new PrintedReport(report, Title(report), Stylesheet()));

    public async Task<RenderedReport> RenderPdfAsync(BiannualReport report, CancellationToken ct = default)
    {
        var markup = await RenderHtmlAsync(report);
        var bytes = await pdf.RenderAsync(markup, new PdfDocumentOptions(Title(report), FooterLabel(report)), ct);
        using var document = PdfDocument.Open(bytes);
        return new RenderedReport(bytes, document.NumberOfPages, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public async Task<RenderedReport> PrintAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default) =>
        await RenderPdfAsync(await query.ComputeAsync(scope, period, ct), ct);

    private string Stylesheet()
    {
        if (_stylesheet is { } cached) return cached;
        var file = environment.WebRootFileProvider.GetFileInfo(StylesheetPath);
        if (!file.Exists) throw new FileNotFoundException($"The report stylesheet wwwroot/{StylesheetPath} is missing.");
        using var reader = new StreamReader(file.CreateReadStream());
        return _stylesheet = reader.ReadToEnd();
    }
}
