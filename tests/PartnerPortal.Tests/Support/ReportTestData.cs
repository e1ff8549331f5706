using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// A small fixed network in Mali (ML), a country the demo does not use, for checking the biannual report's
/// figures by hand (ReportFiguresTests writes out how each one is counted). Reported for 2026-H1: as of
/// 30 June 2026 (records before 1 July 2026 00:00 UTC count); services verified from 2 January 2026.
/// The previous half-year 2025-H2 is as of 31 December 2025; verified from 5 July 2025.
/// </summary>
/// <remarks>
/// Areas: region Kayes (districts Kita, Bafoulabé) and region Sikasso.
/// Organisations: AMR (national NGO, seat ML), Cercle de Kita Council (local government, seat ML, no acronym),
/// SRI (international NGO seated in Senegal, operating in Mali, created 2026-02-01), Nouvelle Coopérative
/// de Kayes (created 2026-08-01, after the as-of date).
/// </remarks>
public sealed class ReportTestData(PortalFactory factory)
{
    public static DateTime Utc(int year, int month, int day) => new(year, month, day, 9, 0, 0, DateTimeKind.Utc);
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public async Task AddMaliAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (!await db.Countries.AnyAsync(c => c.Code == "ML")) db.Countries.Add(new Country { Code = "ML", Name = "Mali" });
        async Task<int> Term(Taxonomy taxonomy, string code) =>
            await db.TaxonomyTerms.Where(t => t.Taxonomy == taxonomy && t.Code == code).Select(t => t.Id).SingleAsync();

        // ---- areas: paths are materialised, so each is saved before its children
        var kayes = await AreaAsync(db, "Kayes", null, AreaLevel.Region);
        var kita = await AreaAsync(db, "Kita", kayes, AreaLevel.District);
        var bafoulabe = await AreaAsync(db, "Bafoulabé", kayes, AreaLevel.District);
        var sikasso = await AreaAsync(db, "Sikasso", null, AreaLevel.Region);

        // ---- organisations
        Organisation Org(string name, string? acronym, int typeId, string seat, DateTime created) => new()
        {
            Name = name, Acronym = acronym, TypeId = typeId, CountryCode = seat, CreatedAtUtc = created, UpdatedAtUtc = created,
        };
        var nationalNgo = await Term(Taxonomy.OrganisationType, "national-ngo");
        var amr = Org("Association Malienne pour le Retour", "AMR", nationalNgo, "ML", Utc(2025, 3, 1));
        amr.AreasOfOperation.AddRange([new() { AdministrativeAreaId = kita.Id }, new() { AdministrativeAreaId = sikasso.Id }]);
        var council = Org("Cercle de Kita Council", null, await Term(Taxonomy.OrganisationType, OrganisationTypeCodes.LocalGovernment), "ML", Utc(2025, 3, 1));
        council.AreasOfOperation.Add(new() { AdministrativeAreaId = sikasso.Id });
        var sri = Org("Sahel Relief International", "SRI", await Term(Taxonomy.OrganisationType, "international-ngo"), "SN", Utc(2026, 2, 1));
        sri.CountriesOfOperation.Add(new() { CountryCode = "ML" });
        sri.AreasOfOperation.Add(new() { AdministrativeAreaId = sikasso.Id });
        var late = Org("Nouvelle Coopérative de Kayes", null, nationalNgo, "ML", Utc(2026, 8, 1));
        late.AreasOfOperation.Add(new() { AdministrativeAreaId = kita.Id });
        db.Organisations.AddRange(amr, council, sri, late);
        await db.SaveChangesAsync();

        // ---- locations and services
        Location Place(string name, Organisation org, AdministrativeArea? area) => new()
        {
            Name = name, OrganisationId = org.Id, AdministrativeAreaId = area?.Id, LocationType = area is null ? "virtual" : "physical",
            CountryCode = "ML", LastModifiedUtc = Utc(2025, 3, 1),
        };
        var kitaCentre = Place("Centre AMR de Kita", amr, kita);
        var bafoulabeOffice = Place("Antenne AMR de Bafoulabé", amr, bafoulabe);
        var sriOffice = Place("SRI Bafoulabé", sri, bafoulabe);
        var councilOnline = Place("Guichet en ligne", council, null);
        var sikassoDesk = Place("Permanence de Sikasso", council, sikasso);
        db.Locations.AddRange(kitaCentre, bafoulabeOffice, sriOffice, councilOnline, sikassoDesk);

        var health = await Term(Taxonomy.ServiceCategory, "health-care");
        var training = await Term(Taxonomy.ServiceCategory, "vocational-training");
        var legal = await Term(Taxonomy.ServiceCategory, "legal-documentation");
        Service Svc(string name, Organisation org, int category, ServiceStatus status, DateOnly? assured, DateTime created, params Location[] at)
        {
            var s = new Service
            {
                Name = name, OrganisationId = org.Id, CategoryId = category, Status = status, AssuredDate = assured,
                CreatedAtUtc = created, LastModifiedUtc = created,
            };
            s.ServiceAtLocations.AddRange(at.Select(l => new ServiceAtLocation { LocationId = l.Id }));
            return s;
        }
        var legalAid = Svc("Aide juridique Bafoulabé", sri, legal, ServiceStatus.Active, Day(2026, 8, 20), Utc(2026, 2, 10), sriOffice);
        db.Services.AddRange(
            Svc("Clinique de Kita", amr, health, ServiceStatus.Active, Day(2026, 5, 10), Utc(2025, 6, 1), kitaCentre),
            Svc("Formation professionnelle Kita", amr, training, ServiceStatus.Active, Day(2025, 11, 15), Utc(2025, 6, 1), kitaCentre, bafoulabeOffice),
            legalAid,
            Svc("Santé mobile Kayes", sri, health, ServiceStatus.Inactive, Day(2026, 4, 1), Utc(2026, 2, 10), sriOffice),
            Svc("Guichet d'état civil", council, legal, ServiceStatus.Active, null, Utc(2025, 4, 1), councilOnline),
            Svc("Atelier couture Kita", amr, training, ServiceStatus.Active, Day(2026, 9, 2), Utc(2026, 9, 1), kitaCentre),
            Svc("Centre de santé Bafoulabé", amr, health, ServiceStatus.Active, Day(2026, 1, 2), Utc(2025, 12, 15), bafoulabeOffice),
            Svc("Permanence juridique Sikasso", council, legal, ServiceStatus.Active, Day(2025, 12, 20), Utc(2025, 9, 1), sikassoDesk));
        // Verified in March; re-verified in August, which overwrote the assured date.
        db.ServiceChanges.AddRange(
            Verification(legalAid, Utc(2026, 3, 15), "2025-03-01", "2026-03-15"),
            Verification(legalAid, Utc(2026, 8, 20), "2026-03-15", "2026-08-20"));

        // ---- coverage gaps
        db.ServiceGaps.AddRange(
            new ServiceGap
            {
                AdministrativeAreaId = kita.Id, CategoryId = await Term(Taxonomy.ServiceCategory, "psychosocial-support"),
                Description = "No psychosocial counselling within a day's travel of Kita.", ReportedByUserId = "test", ReportedAtUtc = Utc(2026, 2, 10),
            },
            new ServiceGap
            {
                AdministrativeAreaId = sikasso.Id, CategoryId = health, Description = "No clinic takes returnees without papers.",
                ReportedByUserId = "test", ReportedAtUtc = Utc(2025, 10, 1), ClosedAtUtc = Utc(2026, 3, 1),
            });
        await db.SaveChangesAsync();

        AddAgreements(db, amr, council, sri);
        await AddInitiativesAsync(db, Term, amr, council, sri, kita);
        await db.SaveChangesAsync();
    }

    private static ServiceChange Verification(Service s, DateTime at, string before, string after) => new()
    {
        ServiceId = s.Id, ResourceType = "service", ResourceId = s.Id, AtUtc = at, ActionType = "verify", FieldName = "assured_date",
        PreviousValue = before, ReplacementValue = after, UpdatedBy = "verifier@example.org",
    };

    private static async Task<AdministrativeArea> AreaAsync(PortalDbContext db, string name, AdministrativeArea? parent, AreaLevel level)
    {
        var area = new AdministrativeArea { CountryCode = "ML", Name = name, ParentId = parent?.Id, Level = level };
        db.AdministrativeAreas.Add(area);
        await db.SaveChangesAsync();
        area.Path = AdministrativeArea.ChildPath(parent?.Path ?? "/", area.Id);
        await db.SaveChangesAsync();
        return area;
    }

    /// <summary>
    /// SA-ML-2025-001 in force since June 2025, ending in October 2026; SA-ML-2025-002 signed in October 2025 and
    /// amended (v2 signed 1 March 2026); SA-ML-2025-003 frozen in December 2025, withdrawn in February 2026;
    /// SA-ML-2026-001 a draft of April 2026.
    /// </summary>
    private static void AddAgreements(PortalDbContext db, Organisation amr, Organisation council, Organisation sri)
    {
        AgreementVersion Version(int number, string title, AgreementStatus status, DateTime created, DateTime? frozen = null,
            DateTime? activated = null, DateTime? ended = null, DateOnly? start = null, DateOnly? end = null, params Organisation[] parties)
        {
            var v = new AgreementVersion
            {
                Number = number, Title = title, Status = status, CreatedAtUtc = created, UpdatedAtUtc = created, FrozenAtUtc = frozen,
                ActivatedAtUtc = activated, EndedAtUtc = ended, StartDate = start, EndDate = end,
            };
            v.Parties.AddRange(parties.Select((o, i) => new AgreementParty { OrganisationId = o.Id, Role = "Party", Position = i + 1 }));
            return v;
        }
        SynergyAgreement Agreement(string reference, DateTime created, params AgreementVersion[] versions)
        {
            var a = new SynergyAgreement { ReferenceNumber = reference, CountryCode = "ML", CreatedAtUtc = created };
            a.Versions.AddRange(versions);
            return a;
        }
        db.SynergyAgreements.AddRange(
            Agreement("SA-ML-2025-001", Utc(2025, 5, 1), Version(1, "Health referrals in Kita", AgreementStatus.Active, Utc(2025, 5, 1),
                Utc(2025, 6, 1), Utc(2025, 6, 15), null, Day(2025, 7, 1), Day(2026, 10, 31), amr, council)),
            Agreement("SA-ML-2025-002", Utc(2025, 9, 1),
                Version(1, "Legal aid for returnees", AgreementStatus.Superseded, Utc(2025, 9, 1), Utc(2025, 9, 20), Utc(2025, 10, 1),
                    Utc(2026, 3, 1), Day(2025, 10, 1), Day(2026, 9, 30), amr, council),
                Version(2, "Legal aid for returnees and their families", AgreementStatus.Active, Utc(2026, 2, 1), Utc(2026, 2, 15),
                    Utc(2026, 3, 1), null, Day(2026, 3, 1), Day(2027, 12, 31), sri, amr)),
            Agreement("SA-ML-2025-003", Utc(2025, 11, 1), Version(1, "Shared training workshops", AgreementStatus.Withdrawn, Utc(2025, 11, 1),
                Utc(2025, 12, 1), null, Utc(2026, 2, 1), null, null, amr, sri)),
            Agreement("SA-ML-2026-001", Utc(2026, 4, 1), Version(1, "Joint case management", AgreementStatus.Draft, Utc(2026, 4, 1),
                parties: [amr, council])));
    }

    private static async Task AddInitiativesAsync(PortalDbContext db, Func<Taxonomy, string, Task<int>> term,
        Organisation amr, Organisation council, Organisation sri, AdministrativeArea kita)
    {
        var indicators = await db.Indicators.Where(i => i.InitiativeId == null).ToDictionaryAsync(i => i.Code, i => i.Id);
        var (economic, cohesion, access) = (await term(Taxonomy.ThematicArea, "economic-opportunities"),
            await term(Taxonomy.ThematicArea, "social-cohesion"), await term(Taxonomy.ThematicArea, "access-to-services"));
        var (enterprise, cooperative, infrastructure) = (await term(Taxonomy.InitiativeType, "community-social-enterprise"),
            await term(Taxonomy.InitiativeType, "cooperative"), await term(Taxonomy.InitiativeType, "community-infrastructure"));

        Initiative Initiative(string reference, string title, int type, ActivityStatus status, DateOnly? start, DateOnly? end, DateTime created,
            Organisation? lead, (int RF, int RM, int CF, int CM) people, int[] themes, string[] sdgTargets)
        {
            var i = new Initiative
            {
                Reference = reference, Title = title, TypeId = type, CountryCode = "ML", AdministrativeAreaId = kita.Id, Status = status,
                StartDate = start, EndDate = end, CreatedAtUtc = created, UpdatedAtUtc = created, LeadOrganisationId = lead?.Id,
                ReturneesFemale = people.RF, ReturneesMale = people.RM, CommunityMembersFemale = people.CF, CommunityMembersMale = people.CM,
            };
            i.Themes.AddRange(themes.Select(t => new InitiativeTheme { TermId = t }));
            i.SdgTargets.AddRange(sdgTargets.Select(t => new InitiativeSdgTarget { TargetCode = t }));
            return i;
        }
        var bakery = Initiative("CBI-ML-2025-001", "Kita community bakery", enterprise, ActivityStatus.Implementation, Day(2025, 3, 1), Day(2027, 12, 31),
            Utc(2025, 2, 15), amr, (5, 7, 3, 4), [economic, cohesion], ["8.5", "8.3", "1.4"]);
        var cooperativeOfWomen = Initiative("CBI-ML-2025-002", "Shea butter cooperative", cooperative, ActivityStatus.Implementation, Day(2025, 6, 1),
            Day(2026, 12, 31), Utc(2025, 5, 1), sri, (10, 0, 6, 2), [economic], ["5.5", "8.5"]);
        var well = Initiative("CBI-ML-2026-001", "Bafoulabé village well", infrastructure, ActivityStatus.Implementation, Day(2026, 2, 1), Day(2026, 11, 30),
            Utc(2026, 1, 20), council, (2, 3, 20, 25), [access], ["6.1"]);
        var peers = Initiative("CBI-ML-2025-003", "Returnee peer network", enterprise, ActivityStatus.Implementation, Day(2025, 9, 1), null,
            Utc(2025, 8, 1), amr, (1, 1, 1, 1), [cohesion], []);
        var pipeline = Initiative("CBI-ML-2026-002", "Market garden cooperative", cooperative, ActivityStatus.Pipeline, Day(2026, 9, 1), null,
            Utc(2026, 3, 1), null, (4, 0, 0, 0), [economic], ["8.5"]);
        db.Initiatives.AddRange(bakery, cooperativeOfWomen, well, peers, pipeline);
        await db.SaveChangesAsync();
        // The cooperative's own indicator: never part of the library totals.
        var custom = new Indicator { Code = "shea-butter-sold", Name = "Shea butter sold", Unit = "kg", InitiativeId = cooperativeOfWomen.Id };
        db.Indicators.Add(custom);
        await db.SaveChangesAsync();

        ProgressReport Report(Initiative i, int year, int half, ProgressState state, ActivityStatus status, params (int Indicator, IndicatorMeasure Measure, double RF, double RM, double CF, double CM)[] values)
        {
            var r = new ProgressReport
            {
                InitiativeId = i.Id, Year = year, Half = half, State = state, Status = status, Narrative = "As planned.",
                SubmittedAtUtc = state == ProgressState.Submitted ? Utc(year, half == 1 ? 7 : 12, 10) : null,
                CreatedAtUtc = Utc(year, half == 1 ? 6 : 12, 1), UpdatedAtUtc = Utc(year, half == 1 ? 6 : 12, 1),
            };
            r.Values.AddRange(values.Select(v => new IndicatorValue
            {
                IndicatorId = v.Indicator, Measure = v.Measure, ReturneeFemale = v.RF, ReturneeMale = v.RM, CommunityFemale = v.CF, CommunityMale = v.CM,
            }));
            return r;
        }
        var (participants, jobs, savings) = (indicators["participants"], indicators["jobs-created"], indicators["savings-mobilised"]);
        db.ProgressReports.AddRange(
            Report(bakery, 2026, 1, ProgressState.Submitted, ActivityStatus.Implementation,
                (participants, IndicatorMeasure.Actual, 5, 7, 3, 4), (jobs, IndicatorMeasure.Actual, 1, 2, 0, 1.5), (jobs, IndicatorMeasure.Target, 10, 10, 10, 10),
                (savings, IndicatorMeasure.Actual, 10_000, 20_000, 5_000, 5_000)),
            Report(cooperativeOfWomen, 2026, 1, ProgressState.Submitted, ActivityStatus.Finalisation,
                (participants, IndicatorMeasure.Actual, 10, 0, 6, 2), (jobs, IndicatorMeasure.Actual, 0.5, 0, 0, 0), (custom.Id, IndicatorMeasure.Actual, 900, 0, 0, 0)),
            Report(well, 2026, 1, ProgressState.Draft, ActivityStatus.Implementation, (participants, IndicatorMeasure.Actual, 100, 100, 100, 100)),
            Report(bakery, 2025, 2, ProgressState.Submitted, ActivityStatus.Implementation, (participants, IndicatorMeasure.Actual, 4, 6, 3, 3)),
            Report(cooperativeOfWomen, 2025, 2, ProgressState.Draft, ActivityStatus.Implementation),
            Report(peers, 2025, 2, ProgressState.Submitted, ActivityStatus.Implementation, (participants, IndicatorMeasure.Actual, 1, 1, 1, 1)));
    }
}
