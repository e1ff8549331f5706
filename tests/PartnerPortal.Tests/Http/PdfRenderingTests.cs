using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Pdf;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;

namespace PartnerPortal.Tests.Http;

public class PdfRenderingTests
{
    [Fact]
    public async Task Without_a_browser_the_fact_sheet_says_which_path_was_tried_and_how_to_install_one()
    {
        using var factory = new PortalFactory(settings: new() { ["Pdf:BrowserPath"] = "/opt/missing/chromium" });
        using var client = await PortalClient.SignedInAsync(factory, DemoUsers.Partner);
        var orgId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.OrganisationId).SingleAsync());
        var response = await client.GetAsync($"/Organisations/FactSheet/{orgId}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("/opt/missing/chromium", message);
        Assert.Contains("apt-get install -y chromium", message);
    }

    [Fact]
    public async Task Concurrent_renders_on_reused_pages_each_get_their_own_document()
    {
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions { MaxConcurrentRenders = 2, TimeoutSeconds = 60 }),
            NullLogger<PdfRenderer>.Instance);
        var documents = Enumerable.Range(1, 6).Select(i => $"<html><body><h1>Document number {i}</h1><p>Body of document {i}.</p></body></html>").ToList();

        var pdfs = await Task.WhenAll(documents.Select((html, i) => renderer.RenderAsync(html, new PdfDocumentOptions($"Test {i + 1}", $"Footer {i + 1}"))));

        for (var i = 0; i < pdfs.Length; i++)
        {
            using var pdf = PdfDocument.Open(pdfs[i]);
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains($"Document number {i + 1}", text);
            Assert.Contains($"Footer {i + 1}", text);
            Assert.Equal(1, pdf.NumberOfPages);
        }
    }

    [Fact]
    public async Task A_printed_page_cannot_reach_the_network()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions()), NullLogger<PdfRenderer>.Instance);

        var pdf = await renderer.RenderAsync($"<html><body><p>Tracked?</p><img src=\"http://127.0.0.1:{port}/pixel.png\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/x.css\"></body></html>",
            new PdfDocumentOptions("Network", "Network"));

        Assert.NotEmpty(pdf);
        Assert.False(listener.Pending(), "The PDF renderer made a network request.");
    }
}
