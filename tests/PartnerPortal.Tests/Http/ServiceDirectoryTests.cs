using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain;
using PartnerPortal.Jobs;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Services, verification, the territory page, gaps and the public directory, by role and by id.</summary>
public class ServiceDirectoryTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly HsdsTestData _data;

    public ServiceDirectoryTests() => _data = new HsdsTestData(_factory);

    private Task<AdministrativeArea> KindiaJurisdictionAsync() =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.LocalAuthority).Select(u => u.Organisation!.JurisdictionArea!).SingleAsync());

    private Task<AdministrativeArea> ConakryAsync() =>
        _factory.WithDbAsync(db => db.AdministrativeAreas.SingleAsync(a => a.CountryCode == "GN" && a.ParentId == null && a.Name == "Conakry"));

    private Task<Organisation> PartnerOrganisationAsync() => _data.OrganisationOfAsync(DemoUsers.Partner);

    /// <summary>A service of <paramref name="organisation"/> delivered inside <paramref name="area"/>.</summary>
    private async Task<Service> ServiceInAsync(Organisation organisation, AdministrativeArea area, string name, DateOnly? assured = null,
        Action<Service>? configure = null)
    {
        var service = await _data.ServiceAsync(organisation, name, s => { s.AssuredDate = assured; configure?.Invoke(s); });
        await _data.BareLocationAsync(organisation, service, "Office of " + name, await _data.AreaInsideAsync(area));
        return service;
    }

    internal static Dictionary<string, string> EditFields(Service s, string name, string? phone = null) => new()
    {
        ["Form.Name"] = name, ["Form.CategoryId"] = s.CategoryId.ToString(), ["Form.Dimension"] = s.Dimension.ToString(),
        ["Form.Level"] = s.Level.ToString(), ["Form.Status"] = s.Status.ToString(), ["Form.IsPublished"] = "true",
        ["Form.ReferralMethod"] = s.ReferralMethod.ToString(), ["Version"] = s.Version.ToString(),
        ["Form.Phones[0].Number"] = phone ?? "",
    };

    [Fact]
    public async Task Who_may_edit_a_service_is_decided_by_provider_jurisdiction_and_country()
    {
        var kindia = await KindiaJurisdictionAsync();
        var partnerOrg = await PartnerOrganisationAsync();
        var inKindia = await ServiceInAsync(partnerOrg, kindia, "Kindia counselling desk");
        var elsewhere = await ServiceInAsync(partnerOrg, await ConakryAsync(), "Conakry counselling desk");
        var senegalOrg = await _data.OrganisationAsync("Thiès Returnee Help", countryCode: "SN");
        var inSenegal = await ServiceInAsync(senegalOrg, await _data.AreaAsync("SN"), "Thiès job club");

        async Task<bool> CanOpenAsync(string email, Service s)
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            var response = await client.GetAsync($"/Services/Edit/{s.Id}");
            return response.StatusCode == HttpStatusCode.OK;
        }

        Assert.True(await CanOpenAsync(DemoUsers.Partner, inKindia));          // member of the provider
        Assert.False(await CanOpenAsync(DemoUsers.Partner, inSenegal));        // another organisation's
        Assert.True(await CanOpenAsync(DemoUsers.LocalAuthority, inKindia));   // located in the jurisdiction
        Assert.False(await CanOpenAsync(DemoUsers.LocalAuthority, elsewhere)); // outside the jurisdiction
        Assert.True(await CanOpenAsync(DemoUsers.CoordinatorGuinea, inKindia)); // country coordinated
        Assert.False(await CanOpenAsync(DemoUsers.CoordinatorGuinea, inSenegal));
        Assert.True(await CanOpenAsync(DemoUsers.GlobalCoordinator, inSenegal));
        Assert.False(await CanOpenAsync(DemoUsers.LocalAuthority, inSenegal));
    }

    [Fact]
    public async Task A_refused_save_or_verification_changes_nothing()
    {
        var senegalOrg = await _data.OrganisationAsync("Dakar Training Hub", countryCode: "SN");
        var service = await ServiceInAsync(senegalOrg, await _data.AreaAsync("SN"), "Dakar welding course");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        var token = await client.AntiforgeryTokenAsync("/Account/ChangePassword");

        var fields = EditFields(service, "Hijacked");
        fields["__RequestVerificationToken"] = token;
        var save = await client.Http.PostAsync($"/Services/Edit/{service.Id}", new FormUrlEncodedContent(fields));
        Assert.Contains("AccessDenied", save.Headers.Location!.OriginalString);
        var verify = await client.Http.PostAsync($"/Services/Details/{service.Id}?handler=Verify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Contains("AccessDenied", verify.Headers.Location!.OriginalString);
        var inline = await client.Http.PostAsync($"/Territory?handler=SaveRow&id={service.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Hijacked", ["Form.Status"] = "Active", ["Form.Version"] = service.Version.ToString(), ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("AccessDenied", inline.Headers.Location!.OriginalString);

        var after = await _factory.WithDbAsync(db => db.Services.SingleAsync(s => s.Id == service.Id));
        Assert.Equal(("Dakar welding course", (DateOnly?)null), (after.Name, after.AssuredDate));
        Assert.False(await _factory.WithDbAsync(db => db.ServiceChanges.AnyAsync(c => c.ServiceId == service.Id)));
    }

    [Fact]
    public async Task Editing_records_each_changed_field_and_the_second_of_two_edits_of_one_version_is_refused()
    {
        var service = await ServiceInAsync(await PartnerOrganisationAsync(), await KindiaJurisdictionAsync(), "Kindia legal aid");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        using var authority = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        var page = $"/Services/Edit/{service.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await partner.PostFormAsync(page, page, EditFields(service, "Kindia legal aid and documents", "+224 621 00 00 01"))).StatusCode);
        var refused = await authority.PostFormAsync(page, page, EditFields(service, "Kindia legal clinic"));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved this service after you opened it.", html);
        Assert.Contains("Reload the current version", html);

        var saved = await _factory.WithDbAsync(db => db.Services.Include(s => s.Phones).SingleAsync(s => s.Id == service.Id));
        Assert.Equal("Kindia legal aid and documents", saved.Name);
        Assert.Equal("+224 621 00 00 01", Assert.Single(saved.Phones).Number);
        var history = await _factory.WithDbAsync(db => db.ServiceChanges.Where(c => c.ServiceId == service.Id).ToListAsync());
        Assert.Contains(history, c => c is { FieldName: "name", PreviousValue: "Kindia legal aid", ReplacementValue: "Kindia legal aid and documents", UpdatedBy: DemoUsers.Partner });
        Assert.Contains(history, c => c is { ResourceType: "phone", ActionType: "create", ReplacementValue: "+224 621 00 00 01" });
        Assert.DoesNotContain(history, c => c.ReplacementValue == "Kindia legal clinic");
        Assert.Contains("Kindia legal aid and documents", WebUtility.HtmlDecode(await partner.GetStringAsync($"/Services/Details/{service.Id}")));
    }

    [Fact]
    public async Task Bad_service_input_is_explained_next_to_the_field()
    {
        var service = await ServiceInAsync(await PartnerOrganisationAsync(), await KindiaJurisdictionAsync(), "Kindia tailoring course");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var fields = EditFields(service, "", "call me maybe");
        fields["Form.MinimumAge"] = "30";
        fields["Form.MaximumAge"] = "18";
        var page = $"/Services/Edit/{service.Id}";
        var html = WebUtility.HtmlDecode(await (await partner.PostFormAsync(page, page, fields)).Content.ReadAsStringAsync());
        Assert.Contains("Enter the service's name.", html);
        Assert.Contains("The maximum age cannot be below the minimum age.", html);
        Assert.Contains("Enter a phone number with digits, spaces and an optional leading +.", html);
        Assert.Equal("Kindia tailoring course", await _factory.WithDbAsync(db => db.Services.Where(s => s.Id == service.Id).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_territory_lists_its_services_stale_first_and_verifying_one_makes_it_fresh()
    {
        var kindia = await KindiaJurisdictionAsync();
        var org = await PartnerOrganisationAsync();
        var fresh = await ServiceInAsync(org, kindia, "Aaa fresh service", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10));
        var stale = await ServiceInAsync(org, kindia, "Zzz stale service", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400));
        await ServiceInAsync(org, await ConakryAsync(), "Conakry-only service");
        using var authority = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);

        var html = await authority.GetStringAsync("/Territory");
        Assert.True(html.IndexOf("Zzz stale service", StringComparison.Ordinal) < html.IndexOf("Aaa fresh service", StringComparison.Ordinal));
        Assert.Contains("Aaa fresh service", html);
        Assert.DoesNotContain("Conakry-only service", html);

        var token = await authority.AntiforgeryTokenAsync("/Territory");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Territory?handler=Verify&id={stale.Id}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("HX-Request", "true");
        var row = await (await authority.Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.StartsWith("<tr id=\"svc-", row.Trim());
        Assert.Contains("verified-badge", row);
        var saved = await _factory.WithDbAsync(db => db.Services.SingleAsync(s => s.Id == stale.Id));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), saved.AssuredDate);
        Assert.Equal(DemoUsers.LocalAuthority, saved.AssurerEmail);
    }

    [Fact]
    public async Task An_inline_save_from_an_outdated_row_is_refused()
    {
        var service = await ServiceInAsync(await PartnerOrganisationAsync(), await KindiaJurisdictionAsync(), "Kindia bakery training");
        using var authority = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        var token = await authority.AntiforgeryTokenAsync("/Territory");
        Task<HttpResponseMessage> SaveAsync(string name) => authority.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/Territory?handler=SaveRow&id={service.Id}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Name"] = name, ["Form.Phone"] = "+224 622 00 11 22", ["Form.Status"] = "Active",
                ["Form.Version"] = service.Version.ToString(), ["__RequestVerificationToken"] = token,
            }),
            Headers = { { "HX-Request", "true" } },
        });
        var first = await (await SaveAsync("Kindia bakery and pastry training")).Content.ReadAsStringAsync();
        Assert.True(first.Contains("Kindia bakery and pastry training") && !first.Contains("Someone else"), first);
        Assert.Contains("Someone else saved this service after you opened it", await (await SaveAsync("Kindia bread school")).Content.ReadAsStringAsync());
        Assert.Equal("Kindia bakery and pastry training", await _factory.WithDbAsync(db => db.Services.Where(s => s.Id == service.Id).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task Territory_and_gaps_follow_jurisdiction_and_country()
    {
        var kindia = await KindiaJurisdictionAsync();
        var senegalRegion = await _data.AreaAsync("SN", AreaLevel.Region);
        var category = await _data.TermAsync(Taxonomy.ServiceCategory, "legal-counselling");
        using var authority = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Territory?area={kindia.Id}")).StatusCode);
        Assert.Contains("AccessDenied", (await coordinator.GetAsync($"/Territory?area={senegalRegion.Id}")).Headers.Location!.OriginalString);
        Assert.Contains("AccessDenied", (await authority.GetAsync($"/Territory?area={senegalRegion.Id}")).Headers.Location!.OriginalString);
        Assert.Contains("/Services", (await partner.GetAsync("/Territory")).Headers.Location!.OriginalString);
        Assert.Contains("AccessDenied", (await partner.GetAsync($"/Gaps/Create?area={kindia.Id}&category={category.Id}")).Headers.Location!.OriginalString);
        Assert.Contains("AccessDenied", (await authority.GetAsync($"/Gaps/Create?area={senegalRegion.Id}&category={category.Id}")).Headers.Location!.OriginalString);

        var page = $"/Gaps/Create?area={kindia.Id}&category={category.Id}";
        var tooShort = await authority.PostFormAsync(page, page, new() { ["Area"] = kindia.Id.ToString(), ["Category"] = category.Id.ToString(), ["Description"] = "none" });
        Assert.Contains("Write between 10 and 2,000 characters.", await tooShort.Content.ReadAsStringAsync());
        var recorded = await authority.PostFormAsync(page, page, new()
        {
            ["Area"] = kindia.Id.ToString(), ["Category"] = category.Id.ToString(), ["Description"] = "No free legal aid for returnees outside Kindia town.",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var gap = await _factory.WithDbAsync(db => db.ServiceGaps.SingleAsync(g => g.Description.StartsWith("No free legal aid")));
        Assert.Contains("No free legal aid", await coordinator.GetStringAsync($"/Gaps?area={kindia.Id}"));

        // Someone without the area cannot close it; the local authority can.
        var token = await partner.AntiforgeryTokenAsync("/Account/ChangePassword");
        var refused = await partner.Http.PostAsync($"/Gaps?handler=Close&id={gap.Id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Contains("AccessDenied", refused.Headers.Location!.OriginalString);
        var closed = await authority.PostFormAsync("/Gaps", $"/Gaps?handler=Close&id={gap.Id}", new() { ["note"] = "The bar association opened a desk." });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.NotNull(await _factory.WithDbAsync(db => db.ServiceGaps.Where(g => g.Id == gap.Id).Select(g => g.ClosedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task The_public_directory_finds_visible_services_by_word_and_area_and_hides_the_rest()
    {
        var kindia = await KindiaJurisdictionAsync();
        var org = await PartnerOrganisationAsync();
        var shown = await ServiceInAsync(org, kindia, "Beekeeping starter kits", DateOnly.FromDateTime(DateTime.UtcNow),
            s => { s.Description = "Hives and training for returnees"; s.AssurerEmail = "verifier@kindia.example"; });
        var unpublished = await ServiceInAsync(org, kindia, "Beekeeping draft", configure: s => s.IsPublished = false);
        var defunct = await ServiceInAsync(org, kindia, "Beekeeping closed", configure: s => s.Status = ServiceStatus.Defunct);
        var hiddenOrg = await _data.OrganisationAsync("Private Bee Club", isPublic: false);
        var privateOne = await ServiceInAsync(hiddenOrg, kindia, "Beekeeping club");
        using var visitor = PortalClient.Anonymous(_factory);

        var byWord = await visitor.GetStringAsync("/Directory?q=beekeep");
        Assert.Contains("Beekeeping starter kits", byWord);
        foreach (var hidden in new[] { unpublished, defunct, privateOne })
        {
            Assert.DoesNotContain(hidden.Name, byWord);
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/Directory/Service/{hidden.Id}")).StatusCode);
        }
        var region = await _factory.WithDbAsync(db => db.AdministrativeAreas.SingleAsync(a => a.Id == kindia.ParentId));
        Assert.Contains("Beekeeping starter kits", await visitor.GetStringAsync($"/Directory?q=hives&area={region.Id}"));
        var otherRegion = await _factory.WithDbAsync(db => db.AdministrativeAreas.FirstAsync(a => a.CountryCode == "GN" && a.ParentId == null && a.Id != region.Id));
        Assert.DoesNotContain("Beekeeping starter kits", await visitor.GetStringAsync($"/Directory?q=hives&area={otherRegion.Id}"));
        var printable = await visitor.GetStringAsync($"/Directory/Service/{shown.Id}");
        Assert.Contains("Print this page", printable);
        Assert.DoesNotContain("verifier@kindia.example", printable); // staff addresses stay off the public page
    }

    [Fact]
    public async Task Cached_totals_and_the_coverage_matrix_follow_every_change_at_once()
    {
        var kindia = await KindiaJurisdictionAsync();
        var org = await PartnerOrganisationAsync();
        using var visitor = PortalClient.Anonymous(_factory);
        using var authority = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        await ServiceInAsync(org, kindia, "Solar pump repair course");
        Assert.Contains("1 service found", await visitor.GetStringAsync("/Directory?q=solar+pump"));
        var before = await authority.GetStringAsync("/Territory");

        var second = await ServiceInAsync(org, kindia, "Solar pump maintenance club");
        Assert.Contains("2 services found", await visitor.GetStringAsync("/Directory?q=solar+pump"));
        Assert.NotEqual(TerritorySummary(before), TerritorySummary(await authority.GetStringAsync("/Territory")));
        await _factory.WithDbAsync(async db =>
        {
            (await db.Services.SingleAsync(s => s.Id == second.Id)).IsPublished = false;
            return await db.SaveChangesAsync();
        });
        Assert.Contains("1 service found", await visitor.GetStringAsync("/Directory?q=solar+pump"));
    }

    private static string TerritorySummary(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"territory-summary\">([^<]*)").Groups[1].Value;

    [Fact]
    public async Task The_weekly_reminder_tells_each_editor_their_stale_services_once_a_week()
    {
        var stale = await ServiceInAsync(await PartnerOrganisationAsync(), await KindiaJurisdictionAsync(), "Kindia forgotten service",
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-300));
        async Task RunAsync()
        {
            using var scope = _factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<StaleServiceReminderJob>().RunAsync(CancellationToken.None);
        }
        await RunAsync();
        await RunAsync();
        var toAuthority = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == DemoUsers.LocalAuthority).ToListAsync());
        var message = Assert.Single(toAuthority);
        Assert.Contains("Kindia forgotten service", message.BodyText);
        Assert.Contains($"/Services/Details/{stale.Id}", message.BodyText);
        // The provider's manager (the signatory) hears of it too; the plain member does not.
        Assert.True(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == DemoUsers.Signatory && m.BodyText.Contains("Kindia forgotten service"))));
        Assert.False(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == DemoUsers.Partner)));
    }

    public void Dispose() => _factory.Dispose();
}
