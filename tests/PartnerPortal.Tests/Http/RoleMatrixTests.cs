using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Every signed-in page against every demo role, including other organisations' and countries' ids.</summary>
public class RoleMatrixTests
{
    private const string A = DemoUsers.Administrator, C = DemoUsers.CoordinatorGuinea, G = DemoUsers.GlobalCoordinator,
        L = DemoUsers.LocalAuthority, P = DemoUsers.Partner, S = DemoUsers.Signatory;

    /// <summary>Page (with placeholders) and the users who may open it; everyone else is refused.</summary>
    public static readonly (string Page, string[] Allowed)[] Matrix =
    [
        ("/", [A, C, G, L, P, S]),
        ("/Organisations", [A, C, G, L, P, S]),
        ("/Organisations/Details/{partnerOrg}", [A, C, G, L, P, S]),
        ("/Organisations/Details/{senegalOrg}", [A, C, G, L, P, S]),
        ("/Organisations/Create", [A, C, G]),
        ("/Organisations/Edit/{partnerOrg}", [A, C, G, S]),
        ("/Organisations/Edit/{senegalOrg}", [A, G]),
        ("/Organisations/Edit/{localAuthorityOrg}", [A, C, G, L]),
        ("/Organisations/Members/{partnerOrg}", [A, S]),
        ("/Organisations/Members/{localAuthorityOrg}", [A, L]),
        ("/Organisations/Members/{senegalOrg}", [A]),
        ("/Reference/Areas", [A, C, G, L, P, S]),
        ("/Reference/Sdg?lang=ar", [A, C, G, L, P, S]),
        ("/Reference/Gcm", [A, C, G, L, P, S]),
        ("/Account/ChangePassword", [A, C, G, L, P, S]),
        ("/Admin/Users", [A]),
        ("/Admin/UserEdit/{partnerUser}", [A]),
        ("/Admin/Taxonomies?taxonomy=ServiceCategory", [A]),
        ("/Admin/Outbox", [A]),
        ("/Admin/Audit", [A]),
        ("/Admin/Jobs", [A]),
        ("/Services", [A, C, G, L, P, S]),
        ("/Services?editable=true&stale=true", [A, C, G, L, P, S]),
        ("/Services/Create", [A, C, G, L, P, S]),
        ("/Gaps", [A, C, G, L, P, S]),
        ("/CoordinationBodies", [A, C, G, L, P, S]),
        ("/CoordinationBodies/Edit", [A, C, G]),
        ("/Stakeholders", [A, C, G]),
        ("/Stakeholders/Assess/{partnerOrg}", [A, C, G]),
        ("/Stakeholders/Assess/{senegalOrg}", [A, G]),
        ("/Territory?area={localAuthorityArea}", [A, C, G, L]),
        ("/Directory", [A, C, G, L, P, S]),
        ("/Directory/ReferralGuide?area={localAuthorityArea}", [A, C, G, L, P, S]),
        ("/Agreements", [A, C, G, L, P, S]),
        ("/Agreements?status=Active&country=GN&q=Kindia", [A, C, G, L, P, S]),
        ("/Agreements/Details/{draftAgreement}", [A, C, G, P, S]),
        ("/Agreements/Details/{amendedAgreement}?version=1", [A, C, G, P, S]),
        ("/Agreements/Compare/{amendedAgreement}?from=1&to=2", [A, C, G, P, S]),
        ("/Agreements/Sign/{agreement}", [A, C, G, P, S]),
        ("/Agreements/Document/{agreement}?version=1", [A, C, G, P, S]),
        ("/verify", [A, C, G, L, P, S]),
        ("/Programmes", [A, C, G, L, P, S]),
        ("/Programmes?country=GN&kind=Reintegration", [A, C, G, L, P, S]),
        ("/Programmes/Details/{partnerProgramme}", [A, C, G, L, P, S]),
        ("/Programmes/Details/{senegalProgramme}", [A, C, G, L, P, S]),
        ("/Programmes/Edit", [A, C, G, L, P, S]),
        ("/Programmes/Edit/{partnerProgramme}", [A, C, G, P, S]),
        ("/Programmes/Edit/{localAuthorityProgramme}", [A, C, G, L]),
        ("/Programmes/Edit/{senegalProgramme}", [A, G]),
        ("/Synergies", [A, C, G]),
        ("/Synergies?country=GN", [A, C, G]),
        ("/Synergies?country=SN", [A, G]),
        ("/Agreements/Create", [C, G, L, P, S]),
        ("/Agreements/Edit/{draftAgreement}", [C, G, P, S]),
        ("/Admin/Indicators", [A]),
        ("/Initiatives/Progress/{initiative}?period=2026-H1", [A, C, G, L, P, S]),
        ("/Initiatives/Progress/{initiative}", [A, C, G, L, P, S]),
        ("/Initiatives/Progress/{localAuthorityInitiative}?period=2026-H1", [A, C, G, L, P, S]),
        ("/Progress", [A, C, G]),
        ("/Progress?country=GN&period=2026-H1", [A, C, G]),
        ("/Progress?country=SN", [A, G]),
        ("/Initiatives/Export?country=GN&status=Implementation", [A, C, G, L, P, S]),
        ("/Initiatives", [A, C, G, L, P, S]),
        ("/Initiatives?country=GN&status=Implementation&sdg=8", [A, C, G, L, P, S]),
        ("/Initiatives/Details/{initiative}", [A, C, G, L, P, S]),
        ("/Initiatives/Details/{unpublishedInitiative}", [A, C, G, L, P, S]),
        ("/Initiatives/Edit", [A, C, G, L, P, S]),
        ("/Initiatives/Edit/{initiative}", [A, C, G, P, S]),
        ("/Initiatives/Edit/{senegalInitiative}", [A, G]),
        ("/Reports/View?scope=GN&period=2025-H2", [A, C, G]),
        ("/Reports/View?scope=SN&period=2025-H2", [A, G]),
        ("/Reports/View?scope=network&period=2025-H2", [A, G]),
        ("/Reports", [A, C, G]),
        ("/Reports/Download/{guineaReportRun}", [A, C, G]),
        ("/Reports/Download/{senegalReportRun}", [A, G]),
        ("/Reports/Download/{networkReportRun}", [A, G]),
    ];

    public static TheoryData<string> Users => new(DemoUsers.All);

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_role_opens_exactly_the_pages_it_may(string email)
    {
        using var factory = new PortalFactory();
        var data = new AgreementTestData(factory);
        var draft = await data.AgreementAsync(AgreementStatus.Draft);
        var amended = await data.AgreementAsync(AgreementStatus.Active);
        await AgreementSteps.AmendAsync(factory, amended);
        var ids = await factory.WithDbAsync(async db => new Dictionary<string, string>
        {
            ["{draftAgreement}"] = draft.AgreementId.ToString(),
            ["{amendedAgreement}"] = amended.AgreementId.ToString(),
            ["{partnerOrg}"] = (await db.Users.Where(u => u.Email == P).Select(u => u.OrganisationId).SingleAsync()).ToString(),
            ["{localAuthorityOrg}"] = (await db.Users.Where(u => u.Email == L).Select(u => u.OrganisationId).SingleAsync()).ToString(),
            ["{senegalOrg}"] = (await db.Organisations.Where(o => o.CountryCode == "SN" && o.JurisdictionAreaId == null
                && !db.Users.Any(u => u.OrganisationId == o.Id && u.Email == G)).Select(o => o.Id).FirstAsync()).ToString(),
            ["{partnerUser}"] = await db.Users.Where(u => u.Email == P).Select(u => u.Id).SingleAsync(),
            ["{partnerProgramme}"] = (await db.Programmes.Where(p => p.OwnerOrganisation!.Name == PartnerPortal.Infrastructure.Seeding.DemoDataSeeder.PartnerNgoName).Select(p => p.Id).FirstAsync()).ToString(),
            ["{localAuthorityProgramme}"] = (await db.Programmes.Where(p => p.OwnerOrganisation!.Name == PartnerPortal.Infrastructure.Seeding.DemoDataSeeder.KindiaAuthorityName).Select(p => p.Id).FirstAsync()).ToString(),
            ["{senegalProgramme}"] = (await db.Programmes.Where(p => p.Countries.All(c => c.CountryCode == "SN")).Select(p => p.Id).FirstAsync()).ToString(),
            ["{localAuthorityArea}"] = (await db.Users.Where(u => u.Email == L).Select(u => u.Organisation!.JurisdictionAreaId).SingleAsync())!.Value.ToString(),
            // An Active agreement in Guinea between the partner's NGO and a training centre.
            ["{agreement}"] = (await new AgreementTestData(factory).AgreementAsync(PartnerPortal.Domain.Agreements.AgreementStatus.Active)).AgreementId.ToString(),
        });
        var initiatives = new InitiativeTestData(factory);
        // Led by the partner's NGO, and by the local authority (both in Guinea).
        ids["{initiative}"] = (await initiatives.InitiativeAsync()).Id.ToString();
        ids["{localAuthorityInitiative}"] = (await initiatives.InitiativeAsync(leadEmail: L, title: "Kindia market stalls")).Id.ToString();
        ids["{unpublishedInitiative}"] = (await initiatives.InitiativeAsync(i => i.IsPublished = false)).Id.ToString();
        var senegalOrg = int.Parse(ids["{senegalOrg}"]);
        var senegalArea = await factory.WithDbAsync(db => db.AdministrativeAreas.Where(a => a.CountryCode == "SN").Select(a => a.Id).FirstAsync());
        ids["{senegalInitiative}"] = (await initiatives.InitiativeAsync(i =>
        {
            i.CountryCode = "SN";
            i.AdministrativeAreaId = senegalArea;
            i.LeadOrganisationId = senegalOrg;
            i.Partners.Clear();
        })).Id.ToString();
        // A draft in Guinea between the partner's organisation and a training centre.
        ids["{draftAgreement}"] = (await new AgreementTestData(factory).AgreementAsync(Domain.Agreements.AgreementStatus.Draft)).AgreementId.ToString();
        ids["{guineaReportRun}"] = (await ReportRunTestData.SucceededAsync(factory, "GN")).ToString();
        ids["{senegalReportRun}"] = (await ReportRunTestData.SucceededAsync(factory, "SN")).ToString();
        ids["{networkReportRun}"] = (await ReportRunTestData.SucceededAsync(factory, "network")).ToString();
        using var client = await PortalClient.SignedInAsync(factory, email);
        var wrong = new List<string>();
        foreach (var (template, allowed) in Matrix)
        {
            var url = ids.Aggregate(template, (u, kv) => u.Replace(kv.Key, kv.Value));
            var response = await client.GetAsync(url);
            var opened = response.StatusCode == HttpStatusCode.OK;
            // Refused: sent to the access-denied page, or told 403 with the reason, or (a record they may not read) 404.
            var refused = (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied"))
                || response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            var mayOpen = allowed.Contains(email);
            if (mayOpen ? !opened : !refused) wrong.Add($"{url}: {(int)response.StatusCode} (expected {(mayOpen ? "open" : "refused")})");
        }
        Assert.True(wrong.Count == 0, $"{email}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_rather_than_revealed()
    {
        using var factory = new PortalFactory();
        using var client = await PortalClient.SignedInAsync(factory, A);
        foreach (var url in new[] { "/Organisations/Details/999999", "/Organisations/Edit/999999", "/Organisations/Members/999999", "/Admin/UserEdit/nobody",
                     "/Agreements/Details/999999", "/Agreements/Compare/999999", "/Programmes/Details/999999", "/Programmes/Edit/999999",
                     "/Agreements/Edit/999999", "/Initiatives/Progress/999999", "/Initiatives/Details/999999", "/Initiatives/Edit/999999",
                     "/Reports/Download/999999" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}
