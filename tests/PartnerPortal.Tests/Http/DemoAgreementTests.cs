using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The demo synergy agreements: every status, made through the real lifecycle, with intact signed texts.</summary>
public class DemoAgreementTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Every agreement with every version's terms, signatures and events, as the canonical form needs them.</summary>
    private static Task<List<SynergyAgreement>> AgreementsAsync(PortalDbContext db) => db.SynergyAgreements
        .Include(a => a.Events)
        .Include(a => a.Versions).ThenInclude(v => v.Parties).ThenInclude(p => p.Contributions)
        .Include(a => a.Versions).ThenInclude(v => v.ReferralPathways).ThenInclude(r => r.FromService)
        .Include(a => a.Versions).ThenInclude(v => v.ReferralPathways).ThenInclude(r => r.ToService)
        .Include(a => a.Versions).ThenInclude(v => v.Areas)
        .Include(a => a.Versions).ThenInclude(v => v.TargetGroups)
        .Include(a => a.Versions).ThenInclude(v => v.SdgTargets)
        .Include(a => a.Versions).ThenInclude(v => v.Signatures)
        .AsSplitQuery().ToListAsync();

    private Task<List<AgreementVersion>> VersionsAsync() =>
        _factory.WithDbAsync(async db => (await AgreementsAsync(db)).SelectMany(a => a.Versions).ToList());

    [Fact]
    public async Task The_demo_holds_an_agreement_in_every_status_in_every_country()
    {
        var versions = await VersionsAsync();
        Assert.Equal(Enum.GetValues<AgreementStatus>().Order(), versions.Select(v => v.Status).Distinct().Order());
        Assert.Equal(["CI", "GE", "GM", "GN", "NP", "SN"], versions.Select(v => v.Agreement!.CountryCode).Distinct().Order());
        foreach (var v in versions)
        {
            Assert.Matches($"^SA-{v.Agreement!.CountryCode}-{v.Agreement.CreatedAtUtc.Year}-\\d{{3}}$", v.Agreement.ReferenceNumber);
            Assert.InRange(v.Agreement.CreatedAtUtc, new DateTime(2024, 1, 1), new DateTime(2026, 11, 24));
            // Complete terms: nothing would stop any of them from being frozen.
            Assert.Empty(AgreementLifecycle.Incomplete(v));
            Assert.All(AgreementClauses.Of(v), c => Assert.False(string.IsNullOrWhiteSpace(c.Text), $"{v.Agreement.ReferenceNumber} v{v.Number}: {c.Title} is empty"));
        }
    }

    [Fact]
    public async Task Every_frozen_or_signed_version_still_matches_its_fingerprint()
    {
        var versions = await VersionsAsync();
        var frozen = versions.Where(v => v.Fingerprint is not null || v.ValidSignatures.Any()).ToList();
        Assert.Equal(9, frozen.Count);
        Assert.All(frozen, v => Assert.Equal(IntegrityState.Intact, AgreementIntegrity.Check(v)));
        // The rest are open for editing: nothing is frozen, and a declined text keeps only voided signatures.
        Assert.All(versions.Except(frozen), v => Assert.Equal(IntegrityState.NotFrozen, AgreementIntegrity.Check(v)));
    }

    [Fact]
    public async Task Every_active_version_is_signed_by_every_party_with_its_fingerprint_and_can_be_verified()
    {
        var active = (await VersionsAsync()).Where(v => v.Status == AgreementStatus.Active).ToList();
        Assert.Equal(5, active.Count);
        foreach (var v in active)
        {
            Assert.Equal(v.Parties.Select(p => p.Id).Order(), v.ValidSignatures.Select(s => s.PartyId).Order());
            Assert.All(v.ValidSignatures, s => Assert.Equal(v.Fingerprint, s.Fingerprint));
            Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", v.VerificationCode!);
            Assert.NotNull(v.ActivatedAtUtc);
            Assert.Contains(v.Agreement!.Events, e => e.Kind == AgreementEventKind.Activated && e.VersionNumber == v.Number);
        }
    }

    [Fact]
    public async Task An_amendment_replaced_the_savings_agreement_with_new_cost_shares_and_Coyah()
    {
        var versions = (await VersionsAsync()).Where(v => v.Agreement!.Versions.Any(x => x.Status == AgreementStatus.Superseded)).OrderBy(v => v.Number).ToList();
        Assert.Equal([AgreementStatus.Superseded, AgreementStatus.Active], versions.Select(v => v.Status));
        var changed = AgreementClauses.Of(versions[0]).Zip(AgreementClauses.Of(versions[1])).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.Key);
        Assert.Equal(["purpose", "contributions", "community-selection", "scope", "dates"], changed);
        Assert.Contains("Coyah", versions[1].Title);
        Assert.Equal("Replaced by version 2.", versions[0].EndReason);
    }

    [Fact]
    public async Task The_signatory_of_Guinee_Solidarite_Retour_can_sign_the_agreement_IOM_has_signed()
    {
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var v = (await AgreementsAsync(db)).SelectMany(a => a.Versions).Single(v => v.Status == AgreementStatus.ReadyForSignature);
            Assert.Equal("GN", v.Agreement!.CountryCode);
            Assert.Equal(SigningOrder.Sequential, v.SigningOrder);
            var signer = await db.Users.SingleAsync(u => u.Email == DemoUsers.Signatory);
            var iom = await db.Organisations.SingleAsync(o => o.Name == "IOM Guinea");
            Assert.Equal([iom.Id], v.ValidSignatures.Select(s => s.OrganisationId));

            var user = (await CurrentUser.LoadAsync(db, signer.Id))!;
            Assert.Null(AgreementLifecycle.WhyNot(AgreementAction.Sign, v, user));
            var partner = (await CurrentUser.LoadAsync(db, await db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.Id).SingleAsync()))!;
            Assert.Equal("You are not a signatory of your organisation.", AgreementLifecycle.WhyNot(AgreementAction.Sign, v, partner));

            var actor = await scope.ServiceProvider.GetRequiredService<PartnerPortal.Pages.Agreements.AgreementStore>().ActorAsync(user);
            var signed = AgreementLifecycle.Sign(v, actor, AgreementTestData.Details(signer.FullName), new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc));
            Assert.True(signed.Succeeded, signed.Error);
            await db.SaveChangesAsync();
        }
        var after = (await VersionsAsync()).Single(v => v.Agreement!.ReferenceNumber.StartsWith("SA-GN-") && v.Title.StartsWith("Psychosocial"));
        Assert.Equal(AgreementStatus.Active, after.Status);
        Assert.Equal(IntegrityState.Intact, AgreementIntegrity.Check(after));
    }

    [Fact]
    public async Task Parties_comment_on_clauses_in_negotiation_and_a_declined_signature_stays_on_record()
    {
        var (versions, comments, authors) = await _factory.WithDbAsync(async db =>
        {
            var versions = (await AgreementsAsync(db)).SelectMany(a => a.Versions).Where(v => v.Status == AgreementStatus.InNegotiation).ToList();
            var ids = versions.Select(v => v.Id).ToList();
            var comments = await db.AgreementComments.Where(c => ids.Contains(c.VersionId)).ToListAsync();
            var authors = await db.Users.Where(u => comments.Select(c => c.UserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.OrganisationId);
            return (versions, comments, authors);
        });
        Assert.Equal(3, versions.Count);
        Assert.All(versions, v => Assert.Contains(comments, c => c.VersionId == v.Id));
        Assert.All(comments, c => Assert.True(AgreementClauses.IsKnown(c.ClauseKey), c.ClauseKey));

        // The three-party agreement: every party commented, and one signatory declined after another had signed.
        var threeParty = Assert.Single(versions, v => v.Parties.Count == 3 && v.Agreement!.CountryCode == "GN");
        var commentingOrganisations = comments.Where(c => c.VersionId == threeParty.Id).Select(c => authors[c.UserId]).ToHashSet();
        Assert.All(threeParty.Parties, p => Assert.Contains(p.OrganisationId, commentingOrganisations));
        var voided = Assert.Single(threeParty.Signatures);
        Assert.NotNull(voided.VoidedAtUtc);
        Assert.Contains("28 hectares", voided.VoidReason);
        Assert.Null(threeParty.Fingerprint);
        Assert.Contains(threeParty.Agreement!.Events, e => e.Kind == AgreementEventKind.Declined && e.ActorName == "Mamadouba Bangoura");
        Assert.Contains(threeParty.Agreement.Events, e => e.Kind == AgreementEventKind.Viewed);
    }

    [Fact]
    public async Task Referral_pathways_link_directory_services_of_the_parties()
    {
        foreach (var v in await VersionsAsync())
        {
            Assert.NotEmpty(v.ReferralPathways);
            var parties = v.Parties.Select(p => p.OrganisationId).ToHashSet();
            Assert.All(v.ReferralPathways, r =>
            {
                Assert.Contains(r.FromService!.OrganisationId, parties);
                Assert.Contains(r.ToService!.OrganisationId, parties);
                Assert.NotEqual(r.FromService.OrganisationId, r.ToService.OrganisationId);
            });
        }
    }

    [Fact]
    public async Task Closed_agreements_carry_their_reason()
    {
        var versions = await VersionsAsync();
        var expired = Assert.Single(versions, v => v.Status == AgreementStatus.Expired);
        Assert.Equal(new DateOnly(2025, 12, 31), expired.EndDate);
        Assert.Equal("End date 2025-12-31 passed.", expired.EndReason);
        Assert.Contains("funding", Assert.Single(versions, v => v.Status == AgreementStatus.Terminated).EndReason);
        Assert.Contains("SA-GN-2024-001", Assert.Single(versions, v => v.Status == AgreementStatus.Withdrawn).EndReason);
    }

    [Fact]
    public async Task The_partners_signatories_sign_in_with_the_demo_password()
    {
        string[] signatories = ["lamine.diallo", "mamadouba.bangoura", "jeanpierre.loua", "fatou.sarr", "cheikh.ba", "ebrima.ceesay", "modou.njie",
            "adjoua.kone", "ramesh.adhikari", "sunita.shrestha"];
        foreach (var name in signatories)
        {
            using var client = await PortalClient.SignedInAsync(_factory, $"{name}@demo.partnerportal.org");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        Assert.True(await _factory.WithDbAsync(db => db.Users.Where(u => signatories.Select(s => s + "@demo.partnerportal.org").Contains(u.Email!)).AllAsync(u => u.IsSignatory)));
    }

    [Fact]
    public async Task Starting_the_app_again_adds_no_second_set_of_demo_data()
    {
        Task<int[]> Counts(PortalFactory f) => f.WithDbAsync(async db => new[]
        {
            await db.SynergyAgreements.CountAsync(), await db.AgreementVersions.CountAsync(), await db.AgreementEvents.CountAsync(),
            await db.AgreementSignatures.CountAsync(), await db.AgreementComments.CountAsync(), await db.Users.CountAsync(),
        });
        var before = await Counts(_factory);
        Assert.Equal(12, before[0]);
        using var again = new PortalFactory(settings: new() { ["ConnectionStrings:Portal"] = $"Data Source={_factory.DatabasePath}" }, fromTemplate: false);
        Assert.Equal(before, await Counts(again));
    }
}
