using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Pages.Reports;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;

namespace PartnerPortal.Tests.Http;

/// <summary>The hand-built Guinea report printed once through the app's own document service.</summary>
public sealed class PrintedSampleReport : IAsyncLifetime
{
    public BiannualReport Report { get; } = SampleReports.Guinea();
    public string Html { get; private set; } = "";
    public RenderedReport Pdf { get; private set; } = null!;
    /// <summary>Each page's words joined by single spaces.</summary>
    public List<string> Pages { get; } = [];
    public List<int> ImagesPerPage { get; } = [];

    public async Task InitializeAsync()
    {
        await using var factory = new PortalFactory();
        using var scope = factory.Services.CreateScope();
        var document = scope.ServiceProvider.GetRequiredService<BiannualReportDocument>();
        Html = await document.RenderHtmlAsync(Report);
        Pdf = await document.RenderPdfAsync(Report);
        using var pdf = PdfDocument.Open(Pdf.Pdf);
        foreach (var page in pdf.GetPages())
        {
            Pages.Add(string.Join(" ", page.GetWords().Select(w => w.Text)));
            ImagesPerPage.Add(page.GetImages().Count());
        }
        if (Environment.GetEnvironmentVariable("REPORT_PDF_OUT") is { Length: > 0 } path) await File.WriteAllBytesAsync(path, Pdf.Pdf);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public class ReportDocumentTests(PrintedSampleReport printed) : IClassFixture<PrintedSampleReport>
{
    private static readonly string[] SectionTitles =
        ["Biannual report", "About the data", "1. Key figures", "2. Stakeholders", "3. Service directory", "4. Synergy agreements",
         "5. Community-based initiatives", "Annex: data quality"];

    private string AllText => string.Join(" ", printed.Pages);

    [Fact]
    public void The_pdf_names_the_scope_and_period_and_has_every_section_and_key_figure()
    {
        Assert.Contains("Guinea", AllText);
        Assert.Contains("H2 2025 (July–December)", AllText);
        Assert.Contains("31 December 2025", AllText);
        foreach (var title in SectionTitles) Assert.Contains(title, AllText);
        // Thousands separators, percentages, signed changes with a real minus sign, percentage points.
        foreach (var value in new[] { "1,234", "87", "62.5%", "2,468", "1,357", "+34", "\u22124", "+4.5 pp", "no change" })
            Assert.Contains(value, AllText);
        Assert.Equal(printed.Pages.Count, printed.Pdf.PageCount);
        Assert.Matches("^[0-9a-f]{64}$", printed.Pdf.Sha256);
    }

    [Fact]
    public void Every_page_says_its_number_the_page_count_the_scope_and_the_period()
    {
        var count = printed.Pages.Count;
        Assert.True(count >= 5, $"Only {count} pages: the long annex table should run over several.");
        for (var i = 0; i < count; i++)
        {
            Assert.Contains($"Page {i + 1} of {count}", printed.Pages[i]);
            Assert.Contains("Guinea · H2 2025 (July–December)", printed.Pages[i]);
        }
    }

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_row_on_the_next_pages()
    {
        var pagesWithRows = printed.Pages.Where(p => p.Contains("Stale service")).ToList();
        Assert.True(pagesWithRows.Count >= 2, "The stale-services table should span several pages.");
        foreach (var page in pagesWithRows.Skip(1))
        {
            var header = page.IndexOf("Service Organisation Area Last verified", StringComparison.Ordinal);
            Assert.True(header >= 0, "A continuation page of the stale-services table lacks its header row:\n" + page);
            Assert.True(header < page.IndexOf("Stale service", StringComparison.Ordinal), "The header row is not above the rows.");
        }
        Assert.Contains("Showing the first 120 of 150", AllText);
    }

    [Fact]
    public void Charts_are_vector_graphics_with_titles_and_the_pdf_holds_no_raster_image()
    {
        Assert.All(printed.ImagesPerPage, images => Assert.Equal(0, images));
        var charts = Regex.Matches(printed.Html, "<svg[^>]*>").Select(m => m.Value).ToList();
        Assert.True(charts.Count >= 4, $"{charts.Count} charts");
        Assert.All(charts, svg => Assert.Contains("role=\"img\"", svg));
        Assert.All(charts, svg => Assert.Matches("aria-label=\"[^\"]+: [^\"]+\"", svg));
        Assert.Equal(charts.Count, Regex.Matches(printed.Html, "<svg[^>]*><title>[^<]+</title>").Count);
        // The View page runs under a CSP without 'unsafe-inline': no style attributes anywhere.
        Assert.DoesNotMatch(@"\sstyle\s*=", printed.Html);
    }

    [Fact]
    public void User_text_is_printed_as_text_not_markup()
    {
        Assert.DoesNotContain("<script>alert", printed.Html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Cash grants", printed.Html);
        Assert.Contains("<script>alert('x')</script> Cash grants", AllText);
    }

    [Fact]
    public async Task Empty_sections_say_so_in_words_instead_of_printing_empty_tables()
    {
        await using var factory = new PortalFactory();
        using var scope = factory.Services.CreateScope();
        var html = await scope.ServiceProvider.GetRequiredService<BiannualReportDocument>().RenderHtmlAsync(SampleReports.Empty());

        Assert.Contains("No agreement was signed in this half-year.", html);
        Assert.Contains("No agreement in force ends in the next half-year.", html);
        Assert.Contains("No initiative of Guinea was registered on 31 December 2025.", html);
        Assert.Contains("Every active service was verified in the 180 days up to 31 December 2025.", html);
        Assert.DoesNotContain("Showing the first", html);
        var agreements = html[html.IndexOf("4. Synergy agreements", StringComparison.Ordinal)..html.IndexOf("5. Community-based", StringComparison.Ordinal)];
        Assert.DoesNotContain("<table", agreements);
    }
}
