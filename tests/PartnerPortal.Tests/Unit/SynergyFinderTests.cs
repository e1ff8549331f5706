using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Tests.Unit;

public class SynergyFinderTests
{
    // Guinea: Kindia region /3/ with Kindia district /3/7/ (Friguiagbé /3/7/21/) and Coyah district /3/8/; Labé region /4/.
    private static readonly AreaFact Kindia = new(3, "Kindia", AreaLevel.Region, "/3/", "GN");
    private static readonly AreaFact KindiaDistrict = new(7, "Kindia", AreaLevel.District, "/3/7/", "GN");
    private static readonly AreaFact Friguiagbe = new(21, "Friguiagbé", AreaLevel.Municipality, "/3/7/21/", "GN");
    private static readonly AreaFact Coyah = new(8, "Coyah", AreaLevel.District, "/3/8/", "GN");
    private static readonly AreaFact Labe = new(4, "Labé", AreaLevel.Region, "/4/", "GN");
    private static readonly AreaFact Tambacounda = new(50, "Tambacounda", AreaLevel.Region, "/50/", "SN");

    private static readonly TermFact Returnees = new(1, "Returning migrants");
    private static readonly TermFact Youth = new(2, "Youth");
    private static readonly TermFact Agriculture = new(11, "Agriculture and market gardening");
    private static readonly TermFact Construction = new(12, "Construction and public works");
    private static readonly TermFact Training = new(21, "Vocational and skills training");
    private static readonly TermFact Grants = new(22, "Business grants");

    private static readonly IReadOnlySet<ProgrammePair> NoAgreements = new HashSet<ProgrammePair>();
    private static readonly SynergyFinder Finder = new(new Dictionary<string, string> { ["GN"] = "Guinea", ["SN"] = "Senegal" });

    private static ProgrammeFacts P(int id, int owner, ProgrammeKind kind = ProgrammeKind.Reintegration, AreaFact[]? areas = null,
        string[]? countries = null, string start = "2024-01-01", string end = "2027-12-31", TermFact[]? groups = null,
        TermFact[]? sectors = null, TermFact[]? support = null) => new()
    {
        Id = id, Name = $"Programme {id}", OwnerOrganisationId = owner, OwnerName = $"Organisation {owner}", Kind = kind,
        CountryCodes = countries ?? ["GN"], Areas = areas ?? [], Start = DateOnly.Parse(start), End = DateOnly.Parse(end),
        TargetGroups = groups ?? [Returnees], Sectors = sectors ?? [], SupportOffered = support ?? [],
    };

    [Fact]
    public void A_sub_area_overlaps_its_parent_and_the_sub_area_is_named()
    {
        var c = Finder.Pair(P(1, 10, areas: [Kindia]), P(2, 20, areas: [Friguiagbe]), NoAgreements);
        Assert.NotNull(c);
        Assert.Equal([Friguiagbe], c.SharedAreas);
        Assert.Equal("GN", c.CountryCode);
        Assert.Equal("Both work in Friguiagbé municipality", c.Reasons[0]);
    }

    [Fact]
    public void Separate_areas_or_countries_do_not_overlap()
    {
        Assert.Null(Finder.Pair(P(1, 10, areas: [KindiaDistrict]), P(2, 20, areas: [Labe]), NoAgreements));
        Assert.Null(Finder.Pair(P(1, 10, areas: [KindiaDistrict]), P(2, 20, areas: [Coyah]), NoAgreements));
        Assert.Null(Finder.Pair(P(1, 10), P(2, 20, countries: ["SN"], areas: [Tambacounda]), NoAgreements));
    }

    [Fact]
    public void A_whole_country_covers_every_area_of_it()
    {
        var c = Finder.Pair(P(1, 10), P(2, 20, areas: [Coyah, Labe]), NoAgreements)!;
        Assert.Equal([Coyah, Labe], c.SharedAreas);
        Assert.Equal("Both work in Coyah district and Labé region", c.Reasons[0]);
        var twoDistricts = Finder.Pair(P(1, 10), P(2, 20, areas: [Coyah, KindiaDistrict]), NoAgreements)!;
        Assert.Equal("Both work in Coyah and Kindia districts", twoDistricts.Reasons[0]);

        var nationwide = Finder.Pair(P(1, 10), P(2, 20), NoAgreements)!;
        Assert.Empty(nationwide.SharedAreas);
        Assert.Equal("Both work across Guinea", nationwide.Reasons[0]);
    }

    [Fact]
    public void A_programme_in_two_countries_meets_another_in_the_country_they_share_most_precisely()
    {
        var c = Finder.Pair(P(1, 10, countries: ["GN", "SN"]), P(2, 20, countries: ["GN", "SN"], areas: [Tambacounda]), NoAgreements)!;
        Assert.Equal("SN", c.CountryCode);
        Assert.Equal([Tambacounda], c.SharedAreas);

        var inGuinea = Finder.Pair(P(1, 10, countries: ["GN", "SN"]), P(2, 20, countries: ["GN", "SN"], areas: [Tambacounda]), NoAgreements, inCountry: "GN")!;
        Assert.Equal("GN", inGuinea.CountryCode);
        Assert.Equal("Both work across Guinea", inGuinea.Reasons[0]);
    }

    [Fact]
    public void Periods_must_intersect_and_the_overlapping_years_are_given()
    {
        Assert.Null(Finder.Pair(P(1, 10, end: "2024-12-31"), P(2, 20, start: "2025-01-01"), NoAgreements));
        var c = Finder.Pair(P(1, 10, start: "2020-01-01", end: "2026-06-30"), P(2, 20, start: "2025-03-01", end: "2029-12-31"), NoAgreements)!;
        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2026, 6, 30)), (c.OverlapStart, c.OverlapEnd));
        Assert.Equal("Both run in 2025–2026", c.Reasons[1]);
        Assert.Equal("Both run in 2026", Finder.Pair(P(1, 10, end: "2026-06-30"), P(2, 20, start: "2026-02-01"), NoAgreements)!.Reasons[1]);
    }

    [Fact]
    public void An_overlap_that_ended_before_today_is_no_longer_a_candidate()
    {
        var a = P(1, 10, end: "2025-12-31");
        var b = P(2, 20);
        Assert.NotNull(Finder.Pair(a, b, NoAgreements));
        Assert.Null(Finder.Pair(a, b, NoAgreements, today: new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Shared_target_groups_or_shared_sectors_are_enough_but_one_of_them_is_needed()
    {
        var groupsOnly = Finder.Pair(P(1, 10, groups: [Returnees, Youth]), P(2, 20, groups: [Youth]), NoAgreements)!;
        Assert.Equal([Youth], groupsOnly.SharedTargetGroups);
        Assert.Contains("Both serve youth", groupsOnly.Reasons);

        var sectorsOnly = Finder.Pair(P(1, 10, groups: [Returnees], sectors: [Agriculture]), P(2, 20, groups: [Youth], sectors: [Agriculture, Construction]), NoAgreements)!;
        Assert.Empty(sectorsOnly.SharedTargetGroups);
        Assert.Contains("Both are active in agriculture and market gardening", sectorsOnly.Reasons);

        Assert.Null(Finder.Pair(P(1, 10, groups: [Returnees], sectors: [Agriculture]), P(2, 20, groups: [Youth], sectors: [Construction]), NoAgreements));
    }

    [Fact]
    public void Programmes_of_the_same_owner_are_not_paired()
    {
        Assert.Null(Finder.Pair(P(1, 10), P(2, 10, ProgrammeKind.Development), NoAgreements));
        Assert.Empty(Finder.Find([P(1, 10), P(2, 10)], NoAgreements));
    }

    [Fact]
    public void A_live_agreement_between_two_programmes_removes_the_pair_but_a_closed_one_does_not()
    {
        var a = P(1, 10);
        var b = P(2, 20);
        foreach (var live in new[] { AgreementStatus.Draft, AgreementStatus.InNegotiation, AgreementStatus.ReadyForSignature, AgreementStatus.Active })
            Assert.Null(Finder.Pair(a, b, SynergyFinder.LinkedPairs([new AgreementLink(live, [2, 1])])));
        foreach (var closed in new[] { AgreementStatus.Withdrawn, AgreementStatus.Expired, AgreementStatus.Terminated, AgreementStatus.Superseded })
            Assert.NotNull(Finder.Pair(a, b, SynergyFinder.LinkedPairs([new AgreementLink(closed, [1, 2])])));
        // An agreement that names only one of them, or three programmes, links exactly the pairs it names.
        Assert.NotNull(Finder.Pair(a, b, SynergyFinder.LinkedPairs([new AgreementLink(AgreementStatus.Active, [1, 3])])));
        Assert.Equal(3, SynergyFinder.LinkedPairs([new AgreementLink(AgreementStatus.Draft, [1, 2, 3])]).Count);
    }

    [Fact]
    public void Candidates_are_ranked_by_shared_area_precision_then_complementarity()
    {
        var reintegration = P(1, 10, areas: [Kindia]);
        var developmentInFriguiagbe = P(2, 20, ProgrammeKind.Development, areas: [Friguiagbe]);
        var developmentInKindia = P(3, 30, ProgrammeKind.Development, areas: [Kindia]);
        var reintegrationInKindia = P(4, 40, areas: [Kindia]);
        var ranked = Finder.FindFor(reintegration, [reintegrationInKindia, developmentInKindia, developmentInFriguiagbe], NoAgreements);
        Assert.Equal([2, 3, 4], ranked.Select(c => c.Other(1).Id));
        Assert.True(ranked[0].Score > ranked[1].Score && ranked[1].Score > ranked[2].Score);

        var moreGroups = Finder.Pair(P(5, 50, groups: [Returnees, Youth]), P(6, 60, groups: [Returnees, Youth]), NoAgreements)!;
        var fewerGroups = Finder.Pair(P(5, 50, groups: [Returnees, Youth]), P(7, 70, groups: [Returnees]), NoAgreements)!;
        Assert.True(moreGroups.Score > fewerGroups.Score);
        var longer = Finder.Pair(P(5, 50), P(8, 80, start: "2024-01-01"), NoAgreements)!;
        var shorter = Finder.Pair(P(5, 50), P(9, 90, start: "2027-06-01"), NoAgreements)!;
        Assert.True(longer.Score > shorter.Score);
    }

    [Fact]
    public void Reasons_say_in_words_why_the_two_should_work_together()
    {
        var development = P(1, 10, ProgrammeKind.Development, areas: [Kindia], start: "2023-01-01", end: "2026-12-31",
            groups: [Returnees, Youth], sectors: [Agriculture], support: [Training]);
        var reintegration = P(2, 20, ProgrammeKind.Reintegration, countries: ["GN"], start: "2025-04-01", end: "2028-03-31",
            groups: [Returnees], sectors: [Agriculture, Construction], support: [Grants]);
        var c = Finder.Find([development, reintegration], NoAgreements).Single();
        Assert.Equal(2, c.First.Id); // the reintegration side comes first
        Assert.Equal(
        [
            "Both work in Kindia region", "Both run in 2025–2026", "Both serve returning migrants",
            "Both are active in agriculture and market gardening", "One is a reintegration programme, the other a development programme",
            "One offers business grants, the other vocational and skills training",
        ], c.Reasons);
    }

    [Fact]
    public void Area_labels_do_not_repeat_what_the_name_already_says()
    {
        Assert.Equal("Kindia region", SynergyFinder.AreaLabel(Kindia));
        Assert.Equal("Butwal Sub-Metropolitan City", SynergyFinder.AreaLabel(new AreaFact(9, "Butwal Sub-Metropolitan City", AreaLevel.Municipality, "/1/2/9/", "NP")));
    }
}
