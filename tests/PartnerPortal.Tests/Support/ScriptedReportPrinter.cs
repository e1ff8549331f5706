using System.Text;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Reports;

namespace PartnerPortal.Tests.Support;

/// <summary>A stand-in for the report printer: fails a set number of times, can wait at a gate, and counts its prints.</summary>
public sealed class ScriptedReportPrinter : IBiannualReportPrinter
{
    private int _calls;
    public int FailuresBeforeSuccess { get; init; }
    public Exception Failure { get; init; } = new InvalidOperationException("the printer ran out of paper");
    /// <summary>While not completed, each print waits here (a run stays Running).</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Calls => Volatile.Read(ref _calls);

    public ScriptedReportPrinter(bool open = true)
    {
        if (open) Gate.SetResult();
    }

    public async Task<RenderedReport> PrintAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default)
    {
        var call = Interlocked.Increment(ref _calls);
        await Gate.Task.WaitAsync(ct);
        if (call <= FailuresBeforeSuccess) throw Failure;
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4 scripted report {scope.Key} {period}\n%%EOF");
        return new RenderedReport(pdf, 3, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)));
    }
}
