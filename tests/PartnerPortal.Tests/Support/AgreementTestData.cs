using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Agreements;

namespace PartnerPortal.Tests.Support;

/// <summary>What a test agreement is made of: its ids and the people who act on it.</summary>
public sealed record TestAgreement(int AgreementId, int VersionId, string ReferenceNumber, int PartyAOrganisationId, int PartyBOrganisationId)
{
    /// <summary>Party A is the demo NGO of <see cref="DemoUsers.Partner"/> and <see cref="DemoUsers.Signatory"/>.</summary>
    public const string SignatoryA = DemoUsers.Signatory;
    public const string MemberA = DemoUsers.Partner;
    /// <summary>Party B is a vocational training centre made for the test, with these two users.</summary>
    public const string SignatoryB = "signatory.b@test.partnerportal.org";
    public const string MemberB = "member.b@test.partnerportal.org";
    public const string SignatoryBName = "Mariama Camara";
    public const string SignatoryAName = "Kadiatou Barry";
    public const string PartyBName = "École des Métiers Solaires de Kindia";
}

/// <summary>
/// Builds a complete two-party agreement in Guinea and drives it through the real lifecycle to the
/// status a test needs, so tests start from states the portal itself produces.
/// </summary>
public sealed class AgreementTestData(PortalFactory factory)
{
    public async Task<TestAgreement> AgreementAsync(AgreementStatus status, SigningOrder order = SigningOrder.Parallel,
        string title = "Referral of returnees to vocational training in Kindia")
    {
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PortalDbContext>();
        var partyA = await db.Users.Where(u => u.Email == DemoUsers.Signatory).Select(u => u.OrganisationId).SingleAsync();
        var partyB = await OrganisationBAsync(sp);
        var coordinator = await ActorAsync(sp, DemoUsers.CoordinatorGuinea);
        var store = sp.GetRequiredService<AgreementStore>();
        var agreement = await store.NewDraftAsync("GN", title,
        [
            new AgreementParty { OrganisationId = partyA, Role = "Reintegration partner: refers returnees", Eligibility = "Returnees assisted in the last 12 months" },
            new AgreementParty { OrganisationId = partyB, Role = "Training provider", Eligibility = "Aged 18 to 35, literate in French" },
        ], coordinator);
        var v = agreement.Versions[0];
        Complete(v, order, await db.TaxonomyTerms.Where(t => t.Code == "returning-migrants").Select(t => t.Id).SingleAsync());
        await db.SaveChangesAsync();

        var now = DateTime.UtcNow;
        if (status == AgreementStatus.Withdrawn) Must(AgreementLifecycle.Withdraw(v, coordinator, "No longer needed", now));
        if (status >= AgreementStatus.InNegotiation && status != AgreementStatus.Withdrawn) Must(AgreementLifecycle.StartNegotiation(v, coordinator, now));
        if (status is >= AgreementStatus.ReadyForSignature and <= AgreementStatus.Terminated) Must(AgreementLifecycle.MarkReadyForSignature(v, coordinator, now));
        if (status is >= AgreementStatus.Active and <= AgreementStatus.Terminated)
        {
            Must(AgreementLifecycle.Sign(v, await ActorAsync(sp, DemoUsers.Signatory), Details(TestAgreement.SignatoryAName), now));
            Must(AgreementLifecycle.Sign(v, await ActorAsync(sp, TestAgreement.SignatoryB), Details(TestAgreement.SignatoryBName), now));
        }
        if (status == AgreementStatus.Terminated) Must(AgreementLifecycle.Terminate(v, coordinator, "Funding ended", now));
        if (status == AgreementStatus.Expired)
        {
            v.EndDate = DateOnly.FromDateTime(now).AddDays(-1);
            v.StartDate = v.EndDate.Value.AddYears(-1);
            v.ReviewDate = null;
            v.Fingerprint = AgreementClauses.Fingerprint(agreement.ReferenceNumber, v);
            foreach (var s in v.Signatures) s.Fingerprint = v.Fingerprint;
            Must(AgreementLifecycle.Expire(v, DateOnly.FromDateTime(now), now));
        }
        await db.SaveChangesAsync();
        return new TestAgreement(agreement.Id, v.Id, agreement.ReferenceNumber, partyA, partyB);
    }

    /// <summary>A user (member or signatory) of an existing organisation, with the demo password.</summary>
    public async Task PersonAsync(string organisationName, string email, string fullName, bool signatory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Name == organisationName).Select(o => o.Id).SingleAsync();
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, OrganisationId = organisationId,
            IsSignatory = signatory, CreatedAtUtc = DateTime.UtcNow,
        }, DemoUsers.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Terms that pass <see cref="AgreementLifecycle.Incomplete"/>.</summary>
    public static void Complete(AgreementVersion v, SigningOrder order, int targetGroupId)
    {
        v.Purpose = "Returnees in Kindia reach certified vocational training; the centre fills its seats with motivated trainees.";
        v.Parties[0].Contributions.Add(new AgreementContribution { Type = SupportType.Referral, Description = "Refers eligible returnees with a reintegration plan", CostSharePercent = 40 });
        v.Parties[1].Contributions.Add(new AgreementContribution { Type = SupportType.Training, Description = "Six-month certified course in solar installation", CostSharePercent = 60 });
        v.BeneficiarySelection = "Case managers of party 1 propose candidates; the centre confirms after an interview.";
        v.ReferralChannel = ReferralChannel.Formal;
        v.CoordinationMechanism = "Monthly case-review meeting at the prefecture.";
        v.MeetingFrequency = "Monthly";
        v.MonitoringAndDataSharing = "Party 1 monitors attendance; names are shared only with written consent.";
        v.ReportingObligations = "Half-yearly progress in the portal.";
        v.Levels = LevelSet.Individual;
        v.StartDate = new DateOnly(2026, 1, 1);
        v.EndDate = new DateOnly(2027, 12, 31);
        v.ReviewDate = new DateOnly(2026, 12, 1);
        v.SigningOrder = order;
        v.TargetGroups.Add(new AgreementTargetGroup { TermId = targetGroupId });
    }

    public static SignatureDetails Details(string name) => new(name, name, null, "127.0.0.1", "test");

    public static async Task<AgreementActor> ActorAsync(IServiceProvider sp, string email)
    {
        var db = sp.GetRequiredService<PortalDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var user = (await CurrentUser.LoadAsync(db, id))!;
        return await sp.GetRequiredService<AgreementStore>().ActorAsync(user);
    }

    /// <summary>The second party: a training centre in Guinea with a signatory and a plain member (created once per database).</summary>
    private static async Task<int> OrganisationBAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<PortalDbContext>();
        var existing = await db.Users.Where(u => u.Email == TestAgreement.SignatoryB).Select(u => (int?)u.OrganisationId).SingleOrDefaultAsync();
        if (existing is { } id) return id;
        var type = await db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.OrganisationType && t.Code == "national-ngo");
        var org = new Organisation { Name = TestAgreement.PartyBName, TypeId = type.Id, CountryCode = "GN",
            CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
        org.CountriesOfOperation.Add(new OrganisationCountry { CountryCode = "GN" });
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, name, signs) in new[] { (TestAgreement.SignatoryB, TestAgreement.SignatoryBName, true), (TestAgreement.MemberB, "Ibrahima Sow", false) })
        {
            var result = await users.CreateAsync(new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = name, OrganisationId = org.Id, IsSignatory = signs,
                CreatedAtUtc = DateTime.UtcNow,
            }, DemoUsers.Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return org.Id;
    }

    private static void Must(TransitionResult result) => Assert.True(result.Succeeded, result.Error);
}
