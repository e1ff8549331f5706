using System.Net;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The home page tells an implementer which initiatives it leads and how many owe progress for the last half-year.</summary>
public class HomeInitiativesTests
{
    [Fact]
    public async Task An_implementer_sees_its_initiatives_and_the_progress_still_missing()
    {
        using var factory = new PortalFactory();
        using var partner = await PortalClient.SignedInAsync(factory, DemoUsers.Partner);
        var (ledBefore, missingBefore) = (await HomePage.StatAsync(partner, "stat-initiatives-led"), await HomePage.StatAsync(partner, "stat-progress-missing"));

        var bakery = await new InitiativeTestData(factory).InitiativeAsync();
        Assert.Equal(ledBefore + 1, await HomePage.StatAsync(partner, "stat-initiatives-led"));
        Assert.Equal(missingBefore + 1, await HomePage.StatAsync(partner, "stat-progress-missing"));

        var period = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(DateTime.UtcNow));
        await factory.WithDbAsync(db =>
        {
            db.ProgressReports.Add(new ProgressReport
            {
                InitiativeId = bakery.Id, Year = period.Year, Half = period.Half, State = ProgressState.Submitted,
                Status = ActivityStatus.Implementation, Narrative = "Ovens installed.", SubmittedAtUtc = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        Assert.Equal(missingBefore, await HomePage.StatAsync(partner, "stat-progress-missing"));

        // The card leads to the initiatives the organisation leads, and only those.
        var list = WebUtility.HtmlDecode(await partner.GetStringAsync($"/Initiatives?lead={bakery.LeadOrganisationId}"));
        Assert.Contains(bakery.Title, list);
        Assert.Contains("Only the initiatives your organisation leads", list);
        Assert.DoesNotContain("Clean Daloa", list);
    }
}
