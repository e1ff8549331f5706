using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The registry list and an initiative's page: what the public and signed-in users read, and the filters.</summary>
public class InitiativeRegistryTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly InitiativeTestData _data;

    public InitiativeRegistryTests() => _data = new InitiativeTestData(_factory);

    [Fact]
    public async Task The_public_reads_only_the_summary_of_published_initiatives()
    {
        var published = await _data.InitiativeAsync(i => { i.Budget = 48213; i.DoNoHarmNotes = "Tension between two lineages over the well"; });
        var hidden = await _data.InitiativeAsync(i => i.IsPublished = false, title: "Unpublished honey cooperative");
        using var anonymous = PortalClient.Anonymous(_factory);

        var list = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/Initiatives"));
        Assert.Contains(published.Title, list);
        Assert.Contains("Market square, Friguiagbé, Guinea", list);
        Assert.Contains("15 returnees, 13 community members", list);
        Assert.Contains("Guinée Solidarité Retour", list);
        Assert.DoesNotContain(hidden.Title, list);
        Assert.DoesNotContain("48,213", list);
        Assert.DoesNotContain(published.Reference, list);
        Assert.DoesNotContain("/Initiatives/Export", list);
        Assert.DoesNotContain("New initiative", list);

        var details = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/Initiatives/Details/{published.Id}"));
        Assert.Contains(published.Title, details);
        Assert.Contains("Community-based social enterprise", details);
        Assert.DoesNotContain("48,213", details);
        Assert.DoesNotContain("Tension between two lineages", details);
        Assert.DoesNotContain("Edit initiative", details);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Initiatives/Details/{hidden.Id}")).StatusCode);
        // The filter cannot find an unpublished initiative either.
        Assert.DoesNotContain(hidden.Title, WebUtility.HtmlDecode(await anonymous.GetStringAsync("/Initiatives?q=honey")));

        using var member = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        var full = WebUtility.HtmlDecode(await member.GetStringAsync($"/Initiatives/Details/{hidden.Id}"));
        Assert.Contains(hidden.Reference, full);
        var privateDetails = WebUtility.HtmlDecode(await member.GetStringAsync($"/Initiatives/Details/{published.Id}"));
        Assert.Contains("EUR 48,213", privateDetails);
        Assert.Contains("Tension between two lineages", privateDetails);
        Assert.Contains("No actual values of standard indicators", privateDetails);
        Assert.DoesNotContain("Edit initiative", privateDetails);
    }

    [Fact]
    public async Task Signed_in_users_filter_by_country_area_status_type_theme_sdg_and_words()
    {
        var economic = await _data.TermIdAsync(Taxonomy.ThematicArea, "economic-opportunities");
        var cohesion = await _data.TermIdAsync(Taxonomy.ThematicArea, "social-cohesion");
        var (senegalOrg, senegalArea) = await _factory.WithDbAsync(async db => (
            await db.Organisations.Where(o => o.CountryCode == "SN").Select(o => o.Id).FirstAsync(),
            await db.AdministrativeAreas.Where(a => a.CountryCode == "SN").OrderByDescending(a => a.Level).Select(a => a.Id).FirstAsync()));
        var bakery = await _data.InitiativeAsync(i =>
        {
            i.Themes.Add(new InitiativeTheme { TermId = economic });
            i.SdgTargets.Add(new InitiativeSdgTarget { TargetCode = "8.5" });
        });
        var senegal = await _data.InitiativeAsync(i =>
        {
            i.CountryCode = "SN";
            i.AdministrativeAreaId = senegalArea;
            i.LeadOrganisationId = senegalOrg;
            i.Partners.Clear();
            i.Status = ActivityStatus.Pipeline;
            i.Themes.Add(new InitiativeTheme { TermId = cohesion });
            i.SdgTargets.Add(new InitiativeSdgTarget { TargetCode = "16.1" });
        }, typeCode: "cooperative", title: "Fishing cooperative of Joal");
        var region = await _factory.WithDbAsync(async db => int.Parse((await db.AdministrativeAreas
            .Where(a => a.Id == bakery.AdministrativeAreaId).Select(a => a.Path).SingleAsync()).Split('/', StringSplitOptions.RemoveEmptyEntries)[0]));
        var cooperative = await _data.TermIdAsync(Taxonomy.InitiativeType, "cooperative");

        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        async Task Finds(string query, bool bakeryExpected, bool senegalExpected)
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Initiatives" + query));
            Assert.True(html.Contains(bakery.Title) == bakeryExpected, $"{query}: bakery {(bakeryExpected ? "missing" : "shown")}");
            Assert.True(html.Contains(senegal.Title) == senegalExpected, $"{query}: Joal {(senegalExpected ? "missing" : "shown")}");
        }
        await Finds("", true, true);
        await Finds("?country=GN", true, false);
        await Finds("?country=sn", false, true);
        await Finds($"?area={region}", true, false);
        await Finds("?status=Pipeline", false, true);
        await Finds("?status=Implementation", true, false);
        await Finds($"?type={cooperative}", false, true);
        await Finds($"?theme={economic}", true, false);
        await Finds("?sdg=16", false, true);
        await Finds("?sdg=8&country=GN", true, false);
        await Finds("?q=joal", false, true);
        await Finds($"?q={Uri.EscapeDataString(bakery.Reference)}", true, false);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Initiatives?country=GN&status=Implementation"));
        Assert.Contains("/Initiatives/Export?country=GN&status=Implementation", page);
        Assert.Contains(bakery.Reference, page);
        Assert.Contains("15 / 13", page);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Initiatives?q=joal");
        request.Headers.Add("HX-Request", "true");
        var fragment = await client.Http.SendAsync(request);
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.Contains("Fishing cooperative of Joal", html);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("HX-Request", fragment.Headers.Vary);
    }

    [Fact]
    public async Task Details_show_partners_links_progress_and_the_indicator_chart_but_not_unreadable_agreement_titles()
    {
        var agreement = await new AgreementTestData(_factory).AgreementAsync(Domain.Agreements.AgreementStatus.Active);
        var title = await _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.AgreementId == agreement.AgreementId).Select(v => v.Title).FirstAsync());
        var initiative = await _data.InitiativeAsync(i => i.Agreements.Add(new InitiativeAgreement { AgreementId = agreement.AgreementId }));
        var participants = await _data.StandardIndicatorAsync("participants");
        await _factory.WithDbAsync(async db =>
        {
            var report = new ProgressReport { InitiativeId = initiative.Id, Year = 2025, Half = 2, State = ProgressState.Submitted, Status = ActivityStatus.Implementation,
                SubmittedAtUtc = new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc) };
            report.Values.Add(new IndicatorValue { IndicatorId = participants.Id, Measure = IndicatorMeasure.Actual, ReturneeFemale = 6, ReturneeMale = 9, CommunityFemale = 8, CommunityMale = 5 });
            db.ProgressReports.Add(report);
            db.ProgressReports.Add(new ProgressReport { InitiativeId = initiative.Id, Year = 2026, Half = 1, Status = ActivityStatus.Implementation });
            return await db.SaveChangesAsync();
        });

        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var html = WebUtility.HtmlDecode(await partner.GetStringAsync($"/Initiatives/Details/{initiative.Id}"));
        Assert.Contains("Edit initiative", html);
        Assert.Contains("data-testid=\"report-progress\"", html);
        Assert.Contains($"/Organisations/Details/{initiative.LeadOrganisationId}", html);
        Assert.Contains("(Implementing)", html);
        Assert.Contains(title, html);
        Assert.Contains($"/Initiatives/Progress/{initiative.Id}?period=2025-H2", html);
        Assert.Contains($"/Initiatives/Progress/{initiative.Id}?period=2026-H1", html);
        Assert.Contains("<svg viewBox=", html);
        Assert.Contains("Participants, 2025-H2: 28 people", html);
        Assert.DoesNotContain("style=", html);

        // A local authority that is not a party sees the agreement's reference only.
        using var outsider = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        var other = WebUtility.HtmlDecode(await outsider.GetStringAsync($"/Initiatives/Details/{initiative.Id}"));
        Assert.Contains(agreement.ReferenceNumber, other);
        Assert.DoesNotContain("data-testid=\"report-progress\"", other);
        Assert.DoesNotContain(title, other);
        Assert.DoesNotContain($"/Agreements/Details/{agreement.AgreementId}", other);
    }

    public void Dispose() => _factory.Dispose();
}
