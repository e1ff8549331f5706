using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// Who hears about half-yearly progress and what they read: coordinators of the country when a report is
/// submitted; the lead implementer's members when it is reopened or missing. Messages join the caller's
/// unit of work, so they go out only if the change they describe is saved.
/// </summary>
public sealed class ProgressNotices(PortalDbContext db, Outbox outbox, PublicLinks links)
{
    public static string PagePath(int initiativeId, ReportingPeriod period) => $"/Initiatives/Progress/{initiativeId}?period={period}";

    public async Task SubmittedAsync(Initiative i, ReportingPeriod period, string actorName, CancellationToken ct = default)
    {
        var coordinators = await db.Users.AsNoTracking()
            .Where(u => !u.IsDeactivated && u.Email != null && u.IsCoordinator
                && (u.CoordinatesAllCountries || u.CoordinatedCountries.Any(c => c.CountryCode == i.CountryCode)))
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var email in coordinators.Distinct())
            outbox.Enqueue(email, $"{i.Reference}: progress for {period.Label} submitted",
                $"{actorName} submitted the progress of \u201c{i.Title}\u201d for {period.Label}.\n\n" +
                $"Read it: {links.To(PagePath(i.Id, period))}\n" +
                $"Who has reported in the country: {links.To($"/Progress?country={i.CountryCode}&period={period}")}\n");
    }

    public async Task ReopenedAsync(Initiative i, ReportingPeriod period, string actorName, string reason, CancellationToken ct = default)
    {
        foreach (var email in await LeadMembersAsync(i, ct))
            outbox.Enqueue(email, $"{i.Reference}: progress for {period.Label} reopened",
                $"{actorName} reopened the progress of \u201c{i.Title}\u201d for {period.Label}, with this reason:\n\n{reason.Trim()}\n\n" +
                $"Correct it and submit it again: {links.To(PagePath(i.Id, period))}\n");
    }

    /// <summary>Reminds the lead implementer's members; returns how many were written to.</summary>
    public async Task<int> MissingAsync(Initiative i, ReportingPeriod period, CancellationToken ct = default)
    {
        var members = await LeadMembersAsync(i, ct);
        foreach (var email in members)
            outbox.Enqueue(email, $"{i.Reference}: progress for {period.Label} is missing",
                $"The half-yearly progress of \u201c{i.Title}\u201d for {period.Label} has not been submitted. " +
                $"It was due when the period ended on {period.End:d MMMM yyyy}; coordinators of the country are waiting for it.\n\n" +
                $"Fill it in and submit it: {links.To(PagePath(i.Id, period))}\n");
        return members.Count;
    }

    private async Task<List<string>> LeadMembersAsync(Initiative i, CancellationToken ct) =>
        i.LeadOrganisationId is not { } lead ? []
            : (await db.Users.AsNoTracking().Where(u => u.OrganisationId == lead && !u.IsDeactivated && u.Email != null)
                .Select(u => u.Email!).ToListAsync(ct)).Distinct().ToList();
}
