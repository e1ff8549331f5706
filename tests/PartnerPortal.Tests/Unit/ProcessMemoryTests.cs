using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Benchmarks;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Tests.Unit;

/// <summary>The report benchmark's memory figures: this process's peak and that of the browser it starts.</summary>
public class ProcessMemoryTests
{
    [Fact]
    public void Finds_a_started_process_among_the_descendants_with_its_peak_memory()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            var found = Assert.Single(ProcessMemory.Descendants(Environment.ProcessId), p => p.Pid == child.Id);
            Assert.Equal("sleep", found.Name);
            Assert.False(found.IsBrowser);
            Assert.InRange(ProcessMemory.PeakBytes(child.Id) ?? 0, 1, 100L * 1024 * 1024);
            var resident = ProcessMemory.ResidentBytes(Environment.ProcessId);
            Assert.True(ProcessMemory.PeakBytes(Environment.ProcessId) >= resident, "the peak is at least what was resident before");
        }
        finally
        {
            child.Kill();
        }
    }

    [Fact]
    public async Task Counts_the_chromium_processes_that_print_pdfs()
    {
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions()), NullLogger<PdfRenderer>.Instance);
        await renderer.RenderAsync("<h1>Memory</h1>", new PdfDocumentOptions("Memory", "Memory test"));

        var browser = ProcessMemory.Descendants(Environment.ProcessId).Where(p => p.IsBrowser).ToList();
        Assert.NotEmpty(browser);
        var peak = browser.Sum(p => ProcessMemory.PeakBytes(p.Pid) ?? 0);
        Assert.True(peak > 20L * 1024 * 1024, "a running Chromium takes tens of megabytes");
        // Shared pages are split between the processes: the fair total is smaller than the sum of the peaks.
        Assert.InRange(browser.Sum(p => ProcessMemory.ProportionalBytes(p.Pid) ?? 0), 1, peak);
    }
}
