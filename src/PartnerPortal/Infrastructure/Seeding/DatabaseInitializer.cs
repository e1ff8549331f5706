using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Runs once at start-up: applies migrations, switches SQLite to WAL, loads reference data
/// (idempotently), then either the demo network (Development) or the first administrator from
/// configuration (elsewhere).
/// </summary>
public sealed class DatabaseInitializer(PortalDbContext db, ReferenceDataLoader referenceData, DemoDataSeeder demo,
    UserManager<ApplicationUser> users, IConfiguration config, IWebHostEnvironment env, TimeProvider clock,
    ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

        await referenceData.LoadAsync(ct);

        if (env.IsDevelopment() && config.GetValue("DemoData:Seed", true))
            await demo.SeedAsync(ct);
        else
            await EnsureFirstAdministratorAsync(ct);
    }

    /// <summary>
    /// Outside Development the first administrator comes from configuration
    /// (FirstAdministrator:Email, :Password, :FullName, :OrganisationName); nothing else is created.
    /// </summary>
    private async Task EnsureFirstAdministratorAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.IsAdministrator, ct)) return;
        var section = config.GetSection("FirstAdministrator");
        var email = section["Email"];
        var password = section["Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            log.LogWarning("No administrator exists and FirstAdministrator:Email/Password are not configured; nobody can sign in yet.");
            return;
        }

        var orgName = section["OrganisationName"] ?? "Network coordination secretariat";
        var countryCode = section["CountryCode"] ?? "SN";
        var org = await db.Organisations.FirstOrDefaultAsync(o => o.Name == orgName, ct);
        if (org is null)
        {
            var type = await db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.OrganisationType
                && t.Code == OrganisationTypeCodes.OtherInternational, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            org = new Organisation { Name = orgName, TypeId = type.Id, CountryCode = countryCode, CreatedAtUtc = now, UpdatedAtUtc = now };
            db.Organisations.Add(org);
            await db.SaveChangesAsync(ct);
        }

        var admin = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = section["FullName"] ?? "Administrator",
            OrganisationId = org.Id, IsAdministrator = true, IsOrganisationManager = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException("FirstAdministrator could not be created: "
                + string.Join("; ", result.Errors.Select(e => e.Description)));
        log.LogInformation("Created the first administrator {Email}", email);
    }
}
