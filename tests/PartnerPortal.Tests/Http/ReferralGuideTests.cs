using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;

namespace PartnerPortal.Tests.Http;

/// <summary>The public referral-guide PDF of an area (/Directory/ReferralGuide) and its link on the directory.</summary>
public class ReferralGuideTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly HsdsTestData _data;

    public ReferralGuideTests() => _data = new HsdsTestData(_factory);

    /// <summary>Kindia prefecture (a district of the Kindia region), the demo local authority's jurisdiction.</summary>
    private Task<AdministrativeArea> KindiaAsync() =>
        _factory.WithDbAsync(db => db.AdministrativeAreas.SingleAsync(a => a.CountryCode == "GN" && a.Level == AreaLevel.District && a.Name == "Kindia"));

    private Task<AdministrativeArea> AreaAsync(string country, string name) =>
        _factory.WithDbAsync(db => db.AdministrativeAreas.FirstAsync(a => a.CountryCode == country && a.Name == name));

    private async Task<Service> ServiceAtAsync(Organisation organisation, AdministrativeArea area, string name, Action<Service>? configure = null,
        string category = "psychosocial-counselling")
    {
        var service = await _data.ServiceAsync(organisation, name, configure, category);
        await _data.BareLocationAsync(organisation, service, "Office of " + name, area);
        return service;
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return Squash(string.Join("\n", pdf.GetPages().Select(p => p.Text)));
    }

    /// <summary>PDF text extraction may drop spaces between words; compare without them.</summary>
    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public async Task The_guide_of_an_area_lists_its_active_public_services_with_contacts_and_opening_hours_and_nothing_else()
    {
        var kindia = await KindiaAsync();
        var urbanCommune = await AreaAsync("GN", "Kindia urban commune");
        var ngo = await _data.OrganisationAsync("Guide Test Association");
        var hiddenOrg = await _data.OrganisationAsync("Guide Private Network", isPublic: false);
        var assured = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        await ServiceAtAsync(ngo, urbanCommune, "Guide listening desk", s =>
        {
            s.Description = "Counselling for people back home after migration.";
            s.ReferralMethod = ReferralMethod.Phone;
            s.ReferralRequired = true;
            s.AssuredDate = assured;
            s.Phones = [new Phone { Number = "+224 620 11 22 33", Type = "voice" }];
            s.Contacts = [new Contact { Name = "Aminata Guidecontact", Title = "Desk officer" }];
            s.Schedules = [new Schedule { ByDay = "MO,TU,WE,TH,FR", OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(16, 30) }];
            s.RequiredDocuments = [new RequiredDocument { Document = "Return certificate" }];
        });
        await ServiceAtAsync(ngo, urbanCommune, "Guide unpublished desk", s => s.IsPublished = false);
        await ServiceAtAsync(ngo, urbanCommune, "Guide inactive desk", s => s.Status = ServiceStatus.Inactive);
        await ServiceAtAsync(hiddenOrg, urbanCommune, "Guide private desk");
        await ServiceAtAsync(ngo, await AreaAsync("GN", "Labé"), "Guide Labé desk");
        await ServiceAtAsync(await _data.OrganisationAsync("Guide Dakar Association", countryCode: "SN"), await AreaAsync("SN", "Médina"), "Guide Dakar desk");

        using var client = PortalClient.Anonymous(_factory);
        var response = await client.GetAsync($"/Directory/ReferralGuide?area={kindia.Id}");
        var text = await PdfTextAsync(response);

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("referral-guide-kindia.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains(Squash("Referral guide"), text);
        Assert.Contains(Squash("Kindia — Kindia region, Guinea"), text);
        Assert.Contains(Squash("Psychosocial support and mental health"), text); // the category heading (top level)
        Assert.Contains(Squash("Guide listening desk"), text);
        Assert.Contains(Squash("+224 620 11 22 33 (phone)"), text);
        Assert.Contains(Squash("Aminata Guidecontact, Desk officer"), text);
        Assert.Contains(Squash("Mon–Fri 08:00–16:30"), text);
        Assert.Contains(Squash("By phone · a referral is required"), text);
        Assert.Contains(Squash("Return certificate"), text);
        Assert.Contains(Squash($"Last verified: {assured:d MMMM yyyy}"), text);
        Assert.Contains(Squash("Page 1 of"), text);
        foreach (var absent in new[] { "Guide unpublished desk", "Guide inactive desk", "Guide private desk", "Guide Labé desk", "Guide Dakar desk" })
            Assert.DoesNotContain(Squash(absent), text);
    }

    [Fact]
    public async Task A_change_in_the_directory_shows_in_the_next_guide_despite_the_cache()
    {
        var kindia = await KindiaAsync();
        var service = await ServiceAtAsync(await _data.OrganisationAsync("Guide Cache Association"), kindia, "Guide first name desk");
        using var client = PortalClient.Anonymous(_factory);
        Assert.Contains(Squash("Guide first name desk Guide Cache Association"), await PdfTextAsync(await client.GetAsync($"/Directory/ReferralGuide?area={kindia.Id}")));

        await _factory.WithDbAsync(async db =>
        {
            var row = await db.Services.SingleAsync(s => s.Id == service.Id);
            row.Name = "Guide renamed desk";
            return await db.SaveChangesAsync();
        });

        var text = await PdfTextAsync(await client.GetAsync($"/Directory/ReferralGuide?area={kindia.Id}"));
        Assert.Contains(Squash("Guide renamed desk"), text);
        Assert.DoesNotContain(Squash("Guide first name desk Guide Cache Association"), text); // its heading; its office keeps the name
    }

    [Theory]
    [InlineData("/Directory/ReferralGuide?area=999999")]
    [InlineData("/Directory/ReferralGuide?area=kindia")]
    [InlineData("/Directory/ReferralGuide")]
    public async Task An_unknown_or_malformed_area_is_not_found(string url)
    {
        using var client = PortalClient.Anonymous(_factory);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Printing_guides_is_rate_limited_per_client_like_the_bulk_export()
    {
        using var factory = new PortalFactory(settings: new() { ["RateLimits:BulkExportsPerMinute"] = "2" });
        using var client = PortalClient.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.GetAsync("/Directory/ReferralGuide?area=999999")).StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Directory")).StatusCode); // browsing the directory is not limited
    }

    [Fact]
    public async Task The_directory_links_to_the_guide_of_the_chosen_area_only()
    {
        var kindia = await KindiaAsync();
        using var client = PortalClient.Anonymous(_factory);

        var withArea = await client.GetStringAsync($"/Directory?area={kindia.Id}");
        Assert.Contains($"href=\"/Directory/ReferralGuide?area={kindia.Id}\"", withArea);
        Assert.Contains("Referral guide for Kindia (PDF)", withArea);

        using var fragment = new HttpRequestMessage(HttpMethod.Get, $"/Directory?area={kindia.Id}&q=counselling") { Headers = { { "HX-Request", "true" } } };
        Assert.Contains("Referral guide for Kindia (PDF)", await (await client.Http.SendAsync(fragment)).Content.ReadAsStringAsync());

        Assert.DoesNotContain("/Directory/ReferralGuide", await client.GetStringAsync("/Directory"));
        Assert.DoesNotContain("/Directory/ReferralGuide", await client.GetStringAsync("/Directory?q=counselling"));
    }

    [Fact]
    public async Task An_area_with_more_services_than_a_guide_holds_asks_for_a_smaller_area()
    {
        var region = await _factory.WithDbAsync(db => db.AdministrativeAreas.SingleAsync(a => a.CountryCode == "GN" && a.Level == AreaLevel.Region && a.Name == "Kindia"));
        var ngo = await _data.OrganisationAsync("Guide Region-wide Association");
        await _factory.WithDbAsync(async db =>
        {
            var category = await db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.ServiceCategory && t.Code == "cash-for-work");
            db.Services.AddRange(Enumerable.Range(1, 501).Select(i => new Service
            {
                OrganisationId = ngo.Id, Name = $"Guide region-wide service {i}", CategoryId = category.Id,
                CreatedAtUtc = DateTime.UtcNow, LastModifiedUtc = DateTime.UtcNow,
                ServiceAreas = [new ServiceArea { AdministrativeAreaId = region.Id }],
            }));
            return await db.SaveChangesAsync();
        });
        using var client = PortalClient.Anonymous(_factory);

        var directory = await client.GetStringAsync($"/Directory?area={region.Id}");
        Assert.Contains("referral-guide-too-large", directory);
        Assert.DoesNotContain("/Directory/ReferralGuide", directory);

        var response = await client.GetAsync($"/Directory/ReferralGuide?area={region.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("too large for one referral guide", page);
        Assert.Contains("Choose a district or municipality", page);
        var kindia = await KindiaAsync();
        Assert.Contains($"href=\"/Directory?area={kindia.Id}\"", page); // its districts are offered instead
    }

    public void Dispose() => _factory.Dispose();
}
