using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// Builds service-directory records for tests through the app's own DbContext: organisations,
/// minimal services, and a rich service with every HSDS collection filled. Each call saves at once.
/// </summary>
public sealed class HsdsTestData(IServiceProvider services)
{
    /// <summary>A value that needs every kind of CSV escaping: a comma, a double quote and a line break.</summary>
    public const string TrickyText = "Walk in, or call \"the desk\" first;\r\nbring a photo";

    public HsdsTestData(PortalFactory factory) : this(factory.Services) { }

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        using var scope = services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task<TaxonomyTerm> TermAsync(Taxonomy taxonomy, string code) =>
        WithDbAsync(db => db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Taxonomy == taxonomy && t.Code == code));

    public Task<AdministrativeArea> AreaAsync(string countryCode = "GN", AreaLevel level = AreaLevel.District) =>
        WithDbAsync(db => db.AdministrativeAreas.AsNoTracking().Where(a => a.CountryCode == countryCode && a.Level == level)
            .OrderBy(a => a.Id).FirstAsync());

    /// <summary>The organisation a (demo) user belongs to.</summary>
    public Task<Organisation> OrganisationOfAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Organisation!).SingleAsync());

    /// <summary>The first area below <paramref name="ancestor"/> (or the ancestor itself when it has none).</summary>
    public Task<AdministrativeArea> AreaInsideAsync(AdministrativeArea ancestor) =>
        WithDbAsync(async db => await db.AdministrativeAreas.AsNoTracking().Where(a => a.Path.StartsWith(ancestor.Path) && a.Id != ancestor.Id)
            .OrderBy(a => a.Id).FirstOrDefaultAsync() ?? ancestor);

    public Task<Organisation> OrganisationAsync(string name, bool isPublic = true, string? description = null, Organisation? parent = null,
        string countryCode = "GN") =>
        WithDbAsync(async db =>
        {
            var type = await db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.OrganisationType && t.Code == "national-ngo");
            var org = new Organisation
            {
                Name = name,
                IsPublic = isPublic,
                TypeId = type.Id,
                CountryCode = countryCode,
                Description = description,
                ParentId = parent?.Id,
                CreatedAtUtc = DateTime.UtcNow,
                UpdatedAtUtc = DateTime.UtcNow,
            };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            return org;
        });

    /// <summary>A service with only what the model requires; <paramref name="configure"/> may set more before it is saved.</summary>
    public Task<Service> ServiceAsync(Organisation organisation, string name, Action<Service>? configure = null,
        string categoryCode = "job-placement", DateTime? lastModifiedUtc = null) =>
        WithDbAsync(async db =>
        {
            var category = await db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.ServiceCategory && t.Code == categoryCode);
            var at = lastModifiedUtc ?? DateTime.UtcNow;
            var service = new Service
            {
                OrganisationId = organisation.Id,
                Name = name,
                CategoryId = category.Id,
                CreatedAtUtc = at,
                LastModifiedUtc = at,
            };
            configure?.Invoke(service);
            db.Services.Add(service);
            await db.SaveChangesAsync();
            return service;
        });

    /// <summary>A location of <paramref name="organisation"/> with nothing but a name (and optionally its area), delivering <paramref name="service"/>.</summary>
    public Task<ServiceAtLocation> BareLocationAsync(Organisation organisation, Service service, string name, AdministrativeArea? area = null) =>
        WithDbAsync(async db =>
        {
            var location = new Location
            {
                OrganisationId = organisation.Id, Name = name, LastModifiedUtc = DateTime.UtcNow,
                AdministrativeAreaId = area?.Id, CountryCode = area?.CountryCode, City = area?.Name,
            };
            var link = new ServiceAtLocation { ServiceId = service.Id, Location = location };
            db.ServiceAtLocations.Add(link);
            await db.SaveChangesAsync();
            return link;
        });

    /// <summary>
    /// A published, active service with every field and every collection filled: two target groups, a
    /// location with address, accessibility and its own phone, phones (one with a numeric and one with
    /// a textual extension), contacts, schedules, languages, cost options, required documents, service
    /// areas, funding, every returnee extension and a change history.
    /// </summary>
    public Task<Service> RichServiceAsync(Organisation organisation, string name = "Business start-up grants for returnees") =>
        WithDbAsync(async db =>
        {
            var category = await db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.ServiceCategory && t.Code == "business-grants");
            var groups = await db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.TargetGroup && (t.Code == "returnee-women" || t.Code == "youth"))
                .ToListAsync();
            var areas = await db.AdministrativeAreas.Where(a => a.CountryCode == "GN" && a.Level == AreaLevel.District)
                .OrderBy(a => a.Id).Take(2).ToListAsync();
            var now = DateTime.UtcNow;
            var service = new Service
            {
                OrganisationId = organisation.Id,
                Name = name,
                AlternateName = "Start-up grants",
                Description = TrickyText,
                Url = "https://services.example.org/grants",
                Email = "grants@services.example.org",
                Status = ServiceStatus.Active,
                CategoryId = category.Id,
                Dimension = Dimension.Economic,
                Level = InterventionLevel.Individual,
                EligibilityDescription = "Returnees aged 18 to 35 with a business idea",
                MinimumAge = 18,
                MaximumAge = 35,
                ReturneeCategories = "Voluntary and forced returns, within 12 months of arrival",
                IsMainstream = false,
                ReferralMethod = ReferralMethod.ReferralOnly,
                ReferralRequired = true,
                ApplicationProcess = "Ask your caseworker for a referral",
                NextSteps = "An adviser calls within a week",
                IntakeCriteria = "A completed business plan",
                FeesDescription = "Free of charge",
                InterpretationServices = "Pular and Susu on request",
                AccessBarriers = AccessBarriers.Documentation | AccessBarriers.Distance,
                AccessBarrierNotes = "An identity document is needed; the office is far from rural areas",
                QualityNotes = "Rated well by caseworkers",
                FundingSource = "EU Trust Fund",
                FundingEndDate = new DateOnly(2027, 6, 30),
                ComplaintsMechanism = "Complaints box and hotline",
                Alert = "Closed on public holidays",
                AssuredDate = DateOnly.FromDateTime(now).AddDays(-10),
                AssurerEmail = "verifier@kindia.example.org",
                CreatedAtUtc = now.AddDays(-30),
                LastModifiedUtc = now,
                TargetGroups = groups.Select(g => new ServiceTargetGroup { TermId = g.Id }).ToList(),
                Phones =
                [
                    new Phone { Number = "+224 620 00 00 01", Extension = "12", Type = "voice", Description = "Reception" },
                    new Phone { Number = "+224 620 00 00 02", Extension = "ask for Mariama", Type = "cell" },
                ],
                Contacts =
                [
                    new Contact { Name = "Mariama Diallo", Title = "Grants officer", Department = "Reintegration", Email = "mariama@services.example.org", Phone = "+224 620 00 00 03" },
                ],
                Schedules =
                [
                    new Schedule { ByDay = "MO,TU,WE,TH,FR", OpensAt = new TimeOnly(8, 30), ClosesAt = new TimeOnly(16, 0), Description = "Weekdays" },
                    new Schedule { ByDay = "SA", OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0) },
                ],
                Languages =
                [
                    new ServiceLanguage { Name = "French", Code = "fr" },
                    new ServiceLanguage { Name = "Pular", Code = "ff", Note = "Two advisers speak Pular" },
                ],
                CostOptions = [new CostOption { Option = "Application fee", Currency = "GNF", Amount = 10000.50m, AmountDescription = "Refunded on approval" }],
                RequiredDocuments =
                [
                    new RequiredDocument { Document = "Identity document", Uri = "https://services.example.org/documents" },
                    new RequiredDocument { Document = "Return certificate" },
                ],
                ServiceAreas = areas.Select(a => new ServiceArea { AdministrativeAreaId = a.Id, Description = "Whole district" }).ToList(),
            };
            var location = new Location
            {
                OrganisationId = organisation.Id,
                Name = "Kindia grants office",
                Description = "Ground floor of the town hall annex",
                Transportation = "Taxi-brousse stop at the market",
                Latitude = 10.0569,
                Longitude = -12.8658,
                Url = "https://services.example.org/kindia",
                AdministrativeAreaId = areas[0].Id,
                Address1 = "Route du Marché",
                City = "Kindia",
                Region = "Kindia",
                StateProvince = "Kindia",
                PostalCode = "BP 120",
                CountryCode = "GN",
                AccessibilityDescription = "Step-free entrance",
                AccessibilityDetails = "Ramp at the side door",
                LastModifiedUtc = now,
            };
            service.ServiceAtLocations.Add(new ServiceAtLocation { Location = location, Description = "Grants desk" });
            db.Services.Add(service);
            await db.SaveChangesAsync();

            db.Phones.Add(new Phone { LocationId = location.Id, Number = "+224 620 00 00 09", Type = "voice", Description = "Office landline" });
            db.ServiceChanges.AddRange(
                new ServiceChange { ServiceId = service.Id, ResourceType = "service", ResourceId = service.Id, AtUtc = now.AddDays(-30), ActionType = "create", FieldName = "name", PreviousValue = null, ReplacementValue = name, UpdatedBy = "Test Editor" },
                new ServiceChange { ServiceId = service.Id, ResourceType = "service", ResourceId = service.Id, AtUtc = now.AddDays(-1), ActionType = "update", FieldName = "fees_description", PreviousValue = "5000 GNF", ReplacementValue = "Free of charge", UpdatedBy = "Test Editor" },
                new ServiceChange { ServiceId = service.Id, ResourceType = "location", ResourceId = location.Id, AtUtc = now, ActionType = "update", FieldName = "address_1", PreviousValue = "Old road", ReplacementValue = "Route du Marché", UpdatedBy = "Test Editor" });
            await db.SaveChangesAsync();
            return service;
        });
}
