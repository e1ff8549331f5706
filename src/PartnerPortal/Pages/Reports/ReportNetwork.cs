using PartnerPortal.Data;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// The countries a report can cover: those with an administrative-area tree and an organisation seated or
/// operating there. Donors seated abroad (Belgium, Italy …) are members of the network; their seats are not
/// countries of it. The request form, the half-yearly schedule, the View page and the report itself all ask here.
/// </summary>
public static class ReportNetwork
{
    public const string Name = "Whole network";

    /// <param name="organisationsBefore">Count only organisations created before this instant (a report's as-of); null for today.</param>
    public static IQueryable<string> CountryCodes(PortalDbContext db, DateTime? organisationsBefore = null) =>
        db.AdministrativeAreas.Select(a => a.CountryCode).Distinct()
            .Where(c => db.Organisations.Any(o => (organisationsBefore == null || o.CreatedAtUtc < organisationsBefore)
                && (o.CountryCode == c || o.CountriesOfOperation.Any(x => x.CountryCode == c))));
}
