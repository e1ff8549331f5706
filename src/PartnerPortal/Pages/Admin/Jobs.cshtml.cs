using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerPortal.Authorization;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Admin;

/// <summary>The background jobs: when each recurring job last ran and will run next, and a way to run one now.</summary>
[Authorize(Policy = Policies.Administrator)]
public class JobsModel(JobStorage storage, IRecurringJobManager recurring, AuditLog audit) : PageModel
{
    public List<RecurringJobDto> Recurring { get; private set; } = [];
    public StatisticsDto Statistics { get; private set; } = new();

    public void OnGet()
    {
        using var connection = storage.GetConnection();
        Recurring = connection.GetRecurringJobs().OrderBy(j => j.Id).ToList();
        Statistics = storage.GetMonitoringApi().GetStatistics();
    }

    public async Task<IActionResult> OnPostRunAsync(string jobId)
    {
        using (var connection = storage.GetConnection())
            if (connection.GetRecurringJobs().All(j => j.Id != jobId)) return NotFound();
        recurring.Trigger(jobId);
        await audit.RecordNowAsync("job.triggered", entityType: "RecurringJob", entityId: jobId);
        TempData["Flash"] = $"The job \u201c{jobId}\u201d was queued to run now.";
        return RedirectToPage();
    }
}
