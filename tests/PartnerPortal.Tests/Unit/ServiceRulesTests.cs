using PartnerPortal.Authorization;
using PartnerPortal.Domain;
using PartnerPortal.Pages.Directory;

namespace PartnerPortal.Tests.Unit;

public class ServiceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void A_service_is_stale_after_180_days_without_verification_or_when_never_verified()
    {
        Assert.True(Service.IsStaleOn(null, Today));
        Assert.False(Service.IsStaleOn(Today.AddDays(-180), Today));
        Assert.True(Service.IsStaleOn(Today.AddDays(-181), Today));
        Assert.False(Service.IsStaleOn(Today, Today));
        Assert.Equal(Today.AddDays(-180), Service.FreshSince(Today));
    }

    [Fact]
    public void Verifying_stamps_today_the_verifier_and_a_history_row()
    {
        var service = new Service { Name = "Kindia health post", AssuredDate = new DateOnly(2025, 1, 10) };
        var version = service.Version;
        var now = new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);
        var change = ServiceVerification.Verify(service, "u1", "agent@kindia.example", Today, now);
        Assert.Equal(Today, service.AssuredDate);
        Assert.Equal("agent@kindia.example", service.AssurerEmail);
        Assert.NotEqual(version, service.Version);
        Assert.Equal(("verify", "assured_date", "2025-01-10", "2026-11-24"), (change.ActionType, change.FieldName, change.PreviousValue, change.ReplacementValue));
        Assert.False(Service.IsStaleOn(service.AssuredDate, Today));
    }

    [Fact]
    public void History_records_one_row_per_changed_field_with_before_and_after()
    {
        var service = new Service { Name = "Legal aid desk", Status = ServiceStatus.Active, MinimumAge = 18 };
        var before = ServiceHistory.Snapshot(service);
        service.Name = "Legal aid and civil documentation desk";
        service.Status = ServiceStatus.TemporarilyClosed;
        var changes = ServiceHistory.Changes(service.Id, "service", service.Id, before, ServiceHistory.Snapshot(service), "editor@example.org", DateTime.UtcNow).ToList();
        Assert.Equal(["name", "status"], changes.Select(c => c.FieldName));
        Assert.Equal("temporarily closed", changes[1].ReplacementValue);
        Assert.All(changes, c => Assert.Equal("editor@example.org", c.UpdatedBy));
    }

    private static readonly ServiceFacts KindiaNgoService = new(OrganisationId: 7, CountryCodes: ["GN"], LocationAreaPaths: ["/5/12/40/"]);

    [Fact]
    public void Members_of_the_provider_edit_its_services_and_members_of_other_organisations_do_not()
    {
        Assert.True(AccessRules.CanEditService(new UserScope { UserId = "p", OrganisationId = 7 }, KindiaNgoService));
        Assert.False(AccessRules.CanEditService(new UserScope { UserId = "p", OrganisationId = 8, IsOrganisationManager = true }, KindiaNgoService));
    }

    [Theory]
    [InlineData("/5/12/", true)]    // the prefecture holding the location
    [InlineData("/5/", true)]       // the region above it
    [InlineData("/5/12/41/", false)] // a sibling municipality
    [InlineData("/6/", false)]      // another region
    public void A_local_authority_edits_services_located_in_its_jurisdiction(string jurisdiction, bool allowed) =>
        Assert.Equal(allowed, AccessRules.CanEditService(new UserScope { UserId = "l", OrganisationId = 30, JurisdictionPath = jurisdiction }, KindiaNgoService));

    [Fact]
    public void Coordinators_edit_services_in_their_countries()
    {
        Assert.True(AccessRules.CanEditService(new UserScope { UserId = "c", OrganisationId = 2, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "GN" } }, KindiaNgoService));
        Assert.False(AccessRules.CanEditService(new UserScope { UserId = "c", OrganisationId = 2, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "SN" } }, KindiaNgoService));
    }

    [Theory]
    [InlineData("birth certificate", "\"birth\"* \"certificate\"*")]
    [InlineData("  Kindia  ", "\"Kindia\"*")]
    [InlineData("santé \"OR\" NEAR(x)", "\"santé\"* \"OR\"* \"NEAR\"* \"x\"*")]
    [InlineData("***", null)]
    [InlineData("", null)]
    public void Visitor_text_becomes_a_safe_prefix_match(string typed, string? expected) =>
        Assert.Equal(expected, ServiceSearchQuery.ToMatchExpression(typed));
}
