using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages;

/// <summary>The home page: what this user can act on, as counts with links.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed record Stat(string Label, int Value, string Link, string TestId);
    public sealed record CountryRow(string Code, string Name, int Organisations, int LocalAuthorities);

    public UserScope Scope { get; private set; } = null!;
    public string OrganisationName { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string? JurisdictionName { get; private set; }
    public List<Stat> Organisation { get; } = [];
    public List<Stat> Administration { get; } = [];
    public List<Stat> Reports { get; } = [];
    public List<CountryRow> Countries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Scope = (await current.GetScopeAsync())!;
        var org = await db.Users.AsNoTracking().Where(u => u.Id == Scope.UserId)
            .Select(u => new { u.FullName, u.Organisation!.Name, Jurisdiction = u.Organisation.JurisdictionArea != null ? u.Organisation.JurisdictionArea.Name : null })
            .SingleAsync();
        FullName = org.FullName;
        OrganisationName = org.Name;
        JurisdictionName = Scope.IsLocalAuthority ? org.Jurisdiction : null;
        var now = clock.GetUtcNow().UtcDateTime;

        var members = await db.Users.CountAsync(u => u.OrganisationId == Scope.OrganisationId && !u.IsDeactivated);
        Organisation.Add(new("Members of my organisation", members, Scope.IsOrganisationManager
            ? $"/Organisations/Members/{Scope.OrganisationId}" : $"/Organisations/Details/{Scope.OrganisationId}#members", "stat-members"));
        if (Scope.IsOrganisationManager)
            Organisation.Add(new("Pending invitations", await db.Invitations.CountAsync(i => i.OrganisationId == Scope.OrganisationId
                && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now),
                $"/Organisations/Members/{Scope.OrganisationId}", "stat-invitations"));
        var freshSince = Domain.Service.FreshSince(DateOnly.FromDateTime(now));
        if (Scope.IsLocalAuthority)
        {
            var territory = await db.Services.LocatedInAsync(db, Scope.JurisdictionPath!);
            Organisation.Add(new("Services in my territory", await territory.CountAsync(), "/Territory", "stat-territory-services"));
            Organisation.Add(new("Stale services to verify", await territory.CountAsync(s => s.AssuredDate == null || s.AssuredDate < freshSince),
                "/Territory", "stat-territory-stale"));
            Organisation.Add(new("Open gaps", await db.ServiceGaps.CountAsync(g => g.ClosedAtUtc == null && g.AdministrativeArea!.Path.StartsWith(Scope.JurisdictionPath!)),
                "/Gaps", "stat-territory-gaps"));
        }
        var own = db.Services.Where(s => s.OrganisationId == Scope.OrganisationId);
        Organisation.Add(new("Services of my organisation", await own.CountAsync(), "/Services?editable=true", "stat-own-services"));

        var orgId = Scope.OrganisationId;
        var ours = db.AgreementVersions.Where(v => v.Parties.Any(p => p.OrganisationId == orgId));
        Organisation.Add(new("Agreements in force", await ours.CountAsync(v => v.Status == AgreementStatus.Active),
            "/Agreements?status=Active", "stat-agreements-active"));
        Organisation.Add(new("Agreements in negotiation", await ours.CountAsync(v => v.Status == AgreementStatus.InNegotiation),
            "/Agreements?status=InNegotiation", "stat-agreements-negotiation"));
        var led = await db.Initiatives.AsNoTracking().Where(i => i.LeadOrganisationId == orgId).ToListAsync();
        if (led.Count > 0)
        {
            Organisation.Add(new("Initiatives my organisation leads", led.Count, $"/Initiatives?lead={orgId}", "stat-initiatives-led"));
            var period = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(now));
            var expected = led.Where(i => ProgressRules.IsExpected(i, period)).Select(i => i.Id).ToList();
            var submitted = await db.ProgressReports.CountAsync(r => expected.Contains(r.InitiativeId) && r.Year == period.Year
                && r.Half == period.Half && r.State == ProgressState.Submitted);
            Organisation.Add(new($"Progress reports missing for H{period.Half} {period.Year}", expected.Count - submitted,
                $"/Initiatives?lead={orgId}", "stat-progress-missing"));
        }
        if (Scope.IsSignatory)
            Organisation.Add(new("Waiting for my organisation's signature", await ours.CountAsync(v => v.Status == AgreementStatus.ReadyForSignature
                    && !v.Signatures.Any(s => s.OrganisationId == orgId && s.VoidedAtUtc == null)),
                "/Agreements?status=ReadyForSignature", "stat-agreements-to-sign"));

        if (Scope.IsAdministrator || Scope.IsCoordinator)
        {
            var all = Scope.IsAdministrator || Scope.CoordinatesAllCountries;
            var codes = Scope.CoordinatedCountries.ToList();
            Countries = await db.Countries.AsNoTracking()
                .Where(c => all ? db.Organisations.Any(o => o.CountryCode == c.Code) : codes.Contains(c.Code))
                .OrderBy(c => c.Name)
                .Select(c => new CountryRow(c.Code, c.Name,
                    db.Organisations.Count(o => o.CountryCode == c.Code),
                    db.Organisations.Count(o => o.CountryCode == c.Code && o.JurisdictionAreaId != null)))
                .ToListAsync();
            // The biannual reports of the half-year that ended last, for the scopes the user may use (ReportAccess).
            var period = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(now));
            var runs = db.ReportRuns.Where(r => r.Year == period.Year && r.Half == period.Half && r.State == ReportRunState.Succeeded);
            if (!all) runs = runs.Where(r => codes.Contains(r.Scope));
            Reports.Add(new($"Biannual reports ready for H{period.Half} {period.Year}", await runs.Select(r => r.Scope).Distinct().CountAsync(),
                "/Reports", "stat-reports-ready"));
        }

        if (Scope.IsAdministrator)
        {
            Administration.Add(new("Active users", await db.Users.CountAsync(u => !u.IsDeactivated), "/Admin/Users", "stat-users"));
            Administration.Add(new("Organisations", await db.Organisations.CountAsync(), "/Organisations", "stat-organisations"));
            Administration.Add(new("Messages waiting in the outbox", await db.OutboxMessages.CountAsync(m => m.SentAtUtc == null), "/Admin/Outbox", "stat-outbox"));
            var since = now.AddDays(-1);
            Administration.Add(new("Failed sign-ins in the last 24 h", await db.AuditEntries.CountAsync(a => a.AtUtc >= since
                && (a.Action == "security.sign-in-failed" || a.Action == "security.locked-out")), "/Admin/Audit?action=security", "stat-failed-sign-ins"));
        }
    }
}
