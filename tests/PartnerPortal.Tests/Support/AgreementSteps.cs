using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Agreements;

namespace PartnerPortal.Tests.Support;

/// <summary>Steps the agreement page tests take besides <see cref="AgreementTestData"/>: amending, and people outside Guinea.</summary>
public static class AgreementSteps
{
    /// <summary>Opens the next version of an Active test agreement through the lifecycle, as the coordinator of Guinea; returns its number.</summary>
    public static async Task<int> AmendAsync(PortalFactory factory, TestAgreement t)
    {
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PortalDbContext>();
        var coordinator = await AgreementTestData.ActorAsync(sp, DemoUsers.CoordinatorGuinea);
        var loaded = (await sp.GetRequiredService<AgreementStore>().LoadAsync(t.AgreementId, null, coordinator.User!, tracking: true))!.Value;
        var (result, amendment) = AgreementLifecycle.Amend(loaded.Version, coordinator, DateTime.UtcNow);
        Assert.True(result.Succeeded, result.Error);
        await db.SaveChangesAsync();
        return amendment!.Number;
    }

    /// <summary>A coordinator of <paramref name="country"/> only (the demo network has none outside Guinea but the global one).</summary>
    public static async Task<string> CoordinatorOfAsync(PortalFactory factory, string country)
    {
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PortalDbContext>();
        var email = $"coordinator.{country.ToLowerInvariant()}@test.partnerportal.org";
        var organisation = await db.Organisations.Where(o => o.CountryCode == country).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = $"Coordinator {country}", OrganisationId = organisation,
            IsCoordinator = true, CreatedAtUtc = DateTime.UtcNow,
        };
        var created = await sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, DemoUsers.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        db.Set<CoordinatorCountry>().Add(new CoordinatorCountry { UserId = user.Id, CountryCode = country });
        await db.SaveChangesAsync();
        return email;
    }

    public static Task<AgreementVersion> VersionAsync(PortalFactory factory, int versionId) =>
        factory.WithDbAsync(db => db.AgreementVersions.AsNoTracking().Include(v => v.Signatures).SingleAsync(v => v.Id == versionId));

    public static Task<List<AgreementEvent>> EventsAsync(PortalFactory factory, int agreementId) =>
        factory.WithDbAsync(db => db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == agreementId).OrderBy(e => e.Id).ToListAsync());
}
