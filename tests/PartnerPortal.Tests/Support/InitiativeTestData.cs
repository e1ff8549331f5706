using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// Builds initiatives for tests: by default a community bakery in Kindia (Guinea) led by the demo NGO of
/// <see cref="DemoUsers.Partner"/> and <see cref="DemoUsers.Signatory"/>, in implementation since 2025.
/// </summary>
public sealed class InitiativeTestData(PortalFactory factory)
{
    public async Task<Initiative> InitiativeAsync(Action<Initiative>? configure = null, string leadEmail = DemoUsers.Partner,
        string typeCode = "community-social-enterprise", string title = "Community bakery of Friguiagbé")
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var lead = await db.Users.Where(u => u.Email == leadEmail).Select(u => u.Organisation!).SingleAsync();
        var type = await db.TaxonomyTerms.SingleAsync(t => t.Taxonomy == Taxonomy.InitiativeType && t.Code == typeCode);
        var area = await db.AdministrativeAreas.Where(a => a.CountryCode == lead.CountryCode && a.Name == "Friguiagbé").Select(a => (int?)a.Id).SingleOrDefaultAsync()
            ?? await db.AdministrativeAreas.Where(a => a.CountryCode == lead.CountryCode).OrderByDescending(a => a.Level).Select(a => a.Id).FirstAsync();
        var taken = await db.Initiatives.CountAsync();
        var initiative = new Initiative
        {
            Reference = $"CBI-TEST-{taken + 1:0000}", Title = title, TypeId = type.Id, CountryCode = lead.CountryCode,
            AdministrativeAreaId = area, Locality = "Market square", LeadOrganisationId = lead.Id, Status = ActivityStatus.Implementation,
            StartDate = new DateOnly(2025, 1, 1), EndDate = new DateOnly(2027, 12, 31), Budget = 45000, Currency = "EUR",
            ReturneesFemale = 6, ReturneesMale = 9, CommunityMembersFemale = 8, CommunityMembersMale = 5, HasSkilledMentor = true,
            Dimensions = DimensionSet.Economic | DimensionSet.Social, Outcomes = OutcomeCategories.EconomicOpportunities,
            CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        };
        initiative.Partners.Add(new InitiativePartner { OrganisationId = lead.Id, Role = ParticipatingRole.Implementing });
        configure?.Invoke(initiative);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync();
        return initiative;
    }

    public Task<Indicator> StandardIndicatorAsync(string code) =>
        factory.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.InitiativeId == null && i.Code == code));

    public Task<int> TermIdAsync(Taxonomy taxonomy, string code) =>
        factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Taxonomy == taxonomy && t.Code == code).Select(t => t.Id).SingleAsync());

    /// <summary>The initiative as stored, with its child rows.</summary>
    public Task<Initiative> StoredAsync(int id) => factory.WithDbAsync(db => db.Initiatives.AsNoTracking().AsSplitQuery()
        .Include(i => i.Partners).Include(i => i.Themes).Include(i => i.SdgTargets).Include(i => i.OtherGroups).SingleAsync(i => i.Id == id));
}
